using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Components.Pages.Insights;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Insights;

public sealed class InsightsPageTests : JournalComponentTest
{
    [Fact]
    public void ANewUserSeesTheEmptyStateAndNoCharts()
    {
        var cut = RenderPage();

        Assert.Equal("Nothing to compare yet", cut.Find(".empty-state h2").TextContent);
        Assert.Equal("reflections/new", cut.Find(".empty-state a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("svg"));
    }

    [Fact]
    public async Task AnotherUsersReflectionsDoNotFillTheReport()
    {
        var bobs = await CreateAsync(Bob, "Bobcorp", InterviewStage.FinalLoop, new DateOnly(2026, 2, 1));
        await SaveFeedbackAsync(Bob, bobs, "System design depth.");

        var cut = RenderPage();

        Assert.Equal("Nothing to compare yet", cut.Find(".empty-state h2").TextContent);
    }

    [Fact]
    public async Task FeedbackYouKeepHearingIsAChartOfCategories()
    {
        await ArrangeTwoReflectionsAsync();

        var cut = RenderPage();

        var section = cut.Find("section[aria-labelledby='insight-feedback']");
        Assert.Equal("Feedback you keep hearing", section.QuerySelector("h2")!.TextContent);
        var svg = section.QuerySelector("svg[role='img']");
        Assert.NotNull(svg);
        Assert.Equal("Feedback categories", svg.QuerySelector("title")!.TextContent);
        Assert.Contains("Skill set: 2 rejections", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        var highlighted = Assert.Single(svg.QuerySelectorAll("g.chart-bar.highlight"));
        Assert.Equal("2 ★", highlighted.QuerySelector(".chart-value")!.TextContent);
    }

    [Fact]
    public async Task ARecurringThemeIsStarred()
    {
        await ArrangeTwoReflectionsAsync();

        var cut = RenderPage();

        var theme = Assert.Single(cut.FindAll("li.theme"));
        Assert.Equal("★ system design (2 rejections)", theme.TextContent.Trim());
        Assert.Contains("What repeats across your 2 rejections.", cut.Find("p.lead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMoodBeforeAndAfterIsSummed()
    {
        await ArrangeTwoReflectionsAsync();

        var cut = RenderPage();

        var section = cut.Find("section[aria-labelledby='insight-mood']");
        Assert.Equal("Average mood, 1 to 5", section.QuerySelector("svg title")!.TextContent);
        Assert.Equal("Average mood before: 2.0; after: 3.5, on a scale of 1 to 5.", section.QuerySelector("svg desc")!.TextContent);
        Assert.Equal(["2.0", "3.5"], section.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Equal("Of 2 reflections with both moods: 1 ended lighter, 1 the same, 0 heavier.", section.QuerySelector("figure + p")!.TextContent);
    }

    [Fact]
    public async Task ActionsAreCountedAgainstThosePlanned()
    {
        await ArrangeTwoReflectionsAsync();

        var cut = RenderPage();

        var section = cut.Find("section[aria-labelledby='insight-actions']");
        Assert.Equal("1 done of 2 planned (50%).", section.QuerySelector("p")!.TextContent);
        Assert.Equal("1 done, 1 in progress, 0 planned, 1 dropped.", section.QuerySelector("svg desc")!.TextContent);
    }

    [Fact]
    public async Task TheStagesAndTimeToFinishAreShown()
    {
        await ArrangeTwoReflectionsAsync();

        var cut = RenderPage();

        var stages = cut.Find("section[aria-labelledby='insight-stages']");
        Assert.Equal(2, stages.QuerySelectorAll("circle.chart-dot").Length);
        var finish = cut.Find("section[aria-labelledby='insight-finish']");
        Assert.Equal("Median: 5 days over 1 finished reflection; 1 still in progress.", finish.QuerySelector("p")!.TextContent);
        Assert.Equal("Same or next day: 0; 2 to 7 days: 1; 8 to 30 days: 0; More than 30 days: 0.", finish.QuerySelector("svg desc")!.TextContent);
    }

    [Fact]
    public async Task EveryChartHasATableOfItsNumbers()
    {
        await ArrangeTwoReflectionsAsync();

        var cut = RenderPage();

        var figures = cut.FindAll("figure.chart");
        Assert.Equal(5, figures.Count);
        Assert.All(figures, figure =>
        {
            Assert.Equal("img", figure.QuerySelector("svg")!.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("svg > title")!.TextContent));
            var table = figure.QuerySelector("details > table");
            Assert.NotNull(table);
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")!.TextContent));
            Assert.NotEmpty(table.QuerySelectorAll("tbody tr"));
        });
    }

    [Fact]
    public async Task SectionsWithoutDataSayWhatWillAppear()
    {
        await CreateAsync(Alice, "Contoso", stage: null, decidedOn: null);

        var cut = RenderPage();

        Assert.Single(cut.FindAll("p.lead"));
        Assert.Empty(cut.FindAll("svg"));
        Assert.Contains("No feedback recorded yet.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Add the stage reached to your rejections", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Actions you plan in step 3 will be counted here.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("None finished yet", cut.Markup, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two reflections whose feedback both mention system design: one finished five days after the decision
    /// (mood 1 → 4, three actions), one open (mood 3 → 3).
    /// </summary>
    private async Task ArrangeTwoReflectionsAsync()
    {
        var finished = await CreateAsync(Alice, "Contoso", InterviewStage.RecruiterScreen, new DateOnly(2026, 3, 10));
        await SaveStepAsync(Alice, finished, ReflectionStep.CheckIn, new StepAnswer("", Mood: 1));
        await SaveFeedbackAsync(Alice, finished, "More system design depth.");
        await SaveStepAsync(Alice, finished, ReflectionStep.Priorities, new StepAnswer("Notes."));
        await SaveStepAsync(Alice, finished, ReflectionStep.Experience, new StepAnswer("", Data: new ExperienceData
        {
            Actions =
            [
                new GrowthAction { What = "Lead the migration", Status = ActionStatus.Done },
                new GrowthAction { What = "Write Go", Status = ActionStatus.InProgress },
                new GrowthAction { What = "Get certified", Status = ActionStatus.Dropped },
            ],
        }));
        await SaveStepAsync(Alice, finished, ReflectionStep.RoleFit, new StepAnswer("Notes."));
        await SaveStepAsync(Alice, finished, ReflectionStep.WrapUp, new StepAnswer("", Mood: 4, Takeaway: "Keep going."));

        var open = await CreateAsync(Alice, "Fabrikam", InterviewStage.FinalLoop, new DateOnly(2026, 2, 1));
        await SaveStepAsync(Alice, open, ReflectionStep.CheckIn, new StepAnswer("", Mood: 3));
        await SaveFeedbackAsync(Alice, open, "Shallow system design.");
        await SaveStepAsync(Alice, open, ReflectionStep.WrapUp, new StepAnswer("", Mood: 3));
    }

    private async Task<int> CreateAsync(string ownerId, string company, InterviewStage? stage, DateOnly? decidedOn)
    {
        var result = await Reflections.CreateAsync(ownerId, new RejectionDetails
        {
            Company = company,
            RoleTitle = "Backend Engineer",
            Stage = stage,
            DecidedOn = decidedOn,
        });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private Task SaveFeedbackAsync(string ownerId, int id, string said) =>
        SaveStepAsync(ownerId, id, ReflectionStep.Feedback, new StepAnswer("", Data: new FeedbackData
        {
            Received = [new FeedbackItem { Said = said, Category = FeedbackCategory.SkillSet }],
        }));

    private IRenderedComponent<InsightsPage> RenderPage()
    {
        var cut = Render<InsightsPage>();
        cut.WaitForElement("h1");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[role='status']")));
        return cut;
    }
}
