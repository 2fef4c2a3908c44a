using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Pages.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Journal;

/// <summary>The journal list as the filters in its address make it: rendered after navigating to that address.</summary>
public sealed class JournalPageFilterTests : JournalComponentTest
{
    [Fact]
    public async Task TheStageAndSortInTheAddressFilterAndOrderTheList()
    {
        await CreateAsync("Northwind", InterviewStage.FinalLoop);
        await CreateAsync("Contoso", InterviewStage.FinalLoop);
        await CreateAsync("Fabrikam", InterviewStage.RecruiterScreen);

        var cut = RenderAt("journal?stage=FinalLoop&sort=company");

        Assert.Equal(["Backend Engineer at Contoso", "Backend Engineer at Northwind"], Titles(cut));
        Assert.Equal("2 reflections", cut.Find("p[role='status']").TextContent);
        Assert.Equal("FinalLoop", SelectedValue(cut, "filter-stage"));
        Assert.Equal("company", SelectedValue(cut, "filter-sort"));
        Assert.Equal("journal", cut.FindAll("form a").Single(a => a.TextContent == "Clear").GetAttribute("href"));
    }

    [Fact]
    public async Task TheCompanyTagAndDatesFilterTheList()
    {
        await CreateAsync("Contoso", tags: "remote", decidedOn: new DateOnly(2026, 2, 10));
        await CreateAsync("Contoso", tags: "remote", decidedOn: new DateOnly(2026, 1, 10));
        await CreateAsync("Contoso", tags: "onsite", decidedOn: new DateOnly(2026, 2, 11));
        await CreateAsync("Fabrikam", tags: "remote", decidedOn: new DateOnly(2026, 2, 12));

        var cut = RenderAt("journal?company=Contoso&tag=remote&from=2026-02-01&to=2026-02-28");

        var item = Assert.Single(cut.FindAll("ul.rejection-list > li"));
        Assert.Contains("10 Feb 2026", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("Contoso", cut.Find("#filter-company").GetAttribute("value"));
        Assert.Equal("2026-02-01", cut.Find("#filter-from").GetAttribute("value"));
        Assert.Equal("remote", SelectedValue(cut, "filter-tag"));
    }

    [Fact]
    public async Task TheFilterOptionsOfferTheUsersOwnTagsAndCompanies()
    {
        await CreateAsync("Contoso", tags: "remote, Backend");
        await CreateAsync("Fabrikam", tags: "backend");
        await Reflections.CreateAsync(Bob, new RejectionDetails { Company = "Bobcorp", RoleTitle = "Spy", Tags = "secret" });

        var cut = RenderAt("journal");

        // One option per tag whatever its case; which spelling is kept does not matter.
        Assert.Equal(["", "backend", "remote"], cut.FindAll("#filter-tag option").Select(o => o.GetAttribute("value")!.ToLowerInvariant()));
        Assert.Equal(["Contoso", "Fabrikam"], cut.FindAll("#company-options option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task TheFinishedFilterShowsOnlyFinishedReflections()
    {
        var finished = await CreateAsync("Finished Co");
        await CompleteEveryStepAsync(finished);
        await CreateAsync("Open Co");

        var done = RenderAt("journal?finished=true");

        Assert.Equal(["Backend Engineer at Finished Co"], Titles(done));
        Assert.Contains("6/6 steps done", done.Find("ul.rejection-list").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingMatchingSaysSoAndOffersToShowAll()
    {
        await CreateAsync("Contoso");

        var cut = RenderAt("journal?company=Nobody");

        var status = cut.Find("p[role='status']");
        Assert.StartsWith("No reflections match these filters.", status.TextContent, StringComparison.Ordinal);
        Assert.Equal("journal", status.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(cut.FindAll("ul.rejection-list"));
        Assert.Empty(cut.FindAll(".empty-state"));
    }

    [Fact]
    public void AnEmptyJournalWithoutFiltersIsWelcoming()
    {
        var cut = RenderAt("journal");

        Assert.Equal("Nothing here yet, and that's fine", cut.Find(".empty-state h2").TextContent);
        Assert.Empty(cut.FindAll("form a"));
    }

    [Fact]
    public async Task TheTimelineGroupsReflectionsUnderMonthHeadings()
    {
        await CreateAsync("March A", decidedOn: new DateOnly(2026, 3, 2));
        await CreateAsync("January", decidedOn: new DateOnly(2026, 1, 20));
        await CreateAsync("March B", decidedOn: new DateOnly(2026, 3, 9));
        await CreateAsync("December", decidedOn: new DateOnly(2025, 12, 31));

        var cut = RenderAt("journal?view=timeline");

        var months = cut.FindAll("section.timeline-month");
        Assert.Equal(["March 2026", "January 2026", "December 2025"], months.Select(m => m.QuerySelector("h2")!.FirstChild!.TextContent.Trim()));
        Assert.Equal(["2", "1", "1"], months.Select(m => m.QuerySelector("h2 .badge")!.TextContent));
        Assert.Equal("month-2026-03", months[0].GetAttribute("aria-labelledby"));
        Assert.Equal("month-2026-03", months[0].QuerySelector("h2")!.Id);
        Assert.Equal(2, months[0].QuerySelectorAll("ul.rejection-list > li").Length);
        Assert.Equal("timeline", SelectedValue(cut, "filter-view"));
    }

    [Fact]
    public async Task MonthHeadingsAreInEnglishWhateverTheCulture()
    {
        await CreateAsync("Contoso", decidedOn: new DateOnly(2026, 3, 2));
        using var culture = new CultureScope("de-DE");

        var cut = RenderAt("journal?view=timeline&from=2026-03-01");

        Assert.Equal("March 2026", cut.Find("section.timeline-month h2").FirstChild!.TextContent.Trim());
        Assert.Empty(cut.FindAll("[role='alert']"));
    }

    [Fact]
    public async Task PageLinksKeepTheOtherFilters()
    {
        for (var i = 0; i < 21; i++)
        {
            await CreateAsync("Contoso");
        }

        await CreateAsync("Fabrikam");

        var first = RenderAt("journal?company=Contoso&sort=oldest");

        Assert.Equal(20, first.FindAll("ul.rejection-list > li").Count);
        Assert.Equal("21 reflections, 1–20 shown", first.Find("p[role='status']").TextContent);
        Assert.Equal("Page 1 of 2", first.Find("nav[aria-label='Journal pages'] [aria-current='page']").TextContent);
        Assert.Equal("http://localhost/journal?company=Contoso&sort=oldest&page=2", PageLink(first, "Next").GetAttribute("href"));
        Assert.Equal("true", PageLink(first, "Previous").GetAttribute("aria-disabled"));
        Assert.Contains("disabled", PageLink(first, "Previous").ParentElement!.ClassList);
    }

    [Fact]
    public async Task TheLastPageLinksBackAndShowsTheRest()
    {
        for (var i = 0; i < 21; i++)
        {
            await CreateAsync("Contoso");
        }

        var second = RenderAt("journal?company=Contoso&sort=oldest&page=2");

        Assert.Single(second.FindAll("ul.rejection-list > li"));
        Assert.Equal("21 reflections, 21–21 shown", second.Find("p[role='status']").TextContent);
        Assert.Equal("http://localhost/journal?company=Contoso&sort=oldest&page=1", PageLink(second, "Previous").GetAttribute("href"));
        Assert.Equal("true", PageLink(second, "Next").GetAttribute("aria-disabled"));
    }

    [Fact]
    public async Task OnePageNeedsNoPageLinks()
    {
        await CreateAsync("Contoso");

        var cut = RenderAt("journal?page=5");

        Assert.Empty(cut.FindAll("nav[aria-label='Journal pages']"));
    }

    [Fact]
    public async Task ADateThatIsNotADateIsReportedAndLeftOut()
    {
        await CreateAsync("Contoso", decidedOn: new DateOnly(2026, 1, 10));

        var cut = RenderAt("journal?from=01%2F02%2F2026&to=yesterday");

        var errors = cut.FindAll("form [role='alert'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(["The start date isn't a date; it was left out.", "The end date isn't a date; it was left out."], errors);
        Assert.Single(cut.FindAll("ul.rejection-list > li"));
    }

    [Fact]
    public async Task AStartAfterTheEndIsExplained()
    {
        await CreateAsync("Contoso", decidedOn: new DateOnly(2026, 1, 10));

        var cut = RenderAt("journal?from=2026-03-01&to=2026-01-01");

        Assert.Equal("The start date is after the end date, so nothing can match.", cut.Find("form [role='alert'] li").TextContent);
        Assert.StartsWith("No reflections match these filters.", cut.Find("p[role='status']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStageSortAndProgressValuesAreIgnored()
    {
        await CreateAsync("Contoso", decidedOn: new DateOnly(2026, 1, 10));
        await CreateAsync("Fabrikam", decidedOn: new DateOnly(2026, 2, 10));

        var cut = RenderAt("journal?stage=Bogus&sort=sideways&finished=maybe&page=-2");

        Assert.Equal(["Backend Engineer at Fabrikam", "Backend Engineer at Contoso"], Titles(cut));
        Assert.Equal("", SelectedValue(cut, "filter-stage"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("1.5")]
    public async Task APageThatIsNotAWholeNumberShowsTheFirstPage(string page)
    {
        await CreateAsync("Contoso");

        var cut = RenderAt($"journal?page={page}");

        Assert.Equal(["Backend Engineer at Contoso"], Titles(cut));
    }

    [Fact]
    public async Task AnotherUsersRejectionsNeverMatch()
    {
        await Reflections.CreateAsync(Bob, new RejectionDetails { Company = "Contoso", RoleTitle = "Spy", Stage = InterviewStage.FinalLoop });

        var cut = RenderAt("journal?company=Contoso");

        Assert.StartsWith("No reflections match these filters.", cut.Find("p[role='status']").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Spy", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<JournalPage> RenderAt(string relativeUri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);
        var cut = Render<JournalPage>();
        cut.WaitForAssertion(() => Assert.DoesNotContain("Loading…", cut.Markup, StringComparison.Ordinal));
        return cut;
    }

    private async Task<int> CreateAsync(string company, InterviewStage? stage = null, string? tags = null, DateOnly? decidedOn = null)
    {
        var result = await Reflections.CreateAsync(Alice, new RejectionDetails
        {
            Company = company,
            RoleTitle = "Backend Engineer",
            Stage = stage,
            Tags = tags,
            DecidedOn = decidedOn ?? new DateOnly(2026, 3, 10),
        });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private async Task CompleteEveryStepAsync(int id)
    {
        foreach (var guide in StepGuide.All)
        {
            var answer = guide.Step switch
            {
                ReflectionStep.CheckIn => new StepAnswer("", Mood: 2),
                ReflectionStep.WrapUp => new StepAnswer("", Mood: 4, Takeaway: "Keep going."),
                _ => new StepAnswer("Notes."),
            };
            await SaveStepAsync(Alice, id, guide.Step, answer);
        }
    }

    private static IReadOnlyList<string> Titles(IRenderedComponent<JournalPage> cut) =>
        cut.FindAll("ul.rejection-list h2 a").Select(a => a.TextContent).ToList();

    private static string? SelectedValue(IRenderedComponent<JournalPage> cut, string selectId) =>
        cut.FindAll($"#{selectId} option").SingleOrDefault(o => o.HasAttribute("selected"))?.GetAttribute("value")
        ?? cut.FindAll($"#{selectId} option")[0].GetAttribute("value");

    private static AngleSharp.Dom.IElement PageLink(IRenderedComponent<JournalPage> cut, string text) =>
        cut.FindAll("nav[aria-label='Journal pages'] a").Single(a => a.TextContent == text);
}
