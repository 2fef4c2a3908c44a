using System.Net;
using AngleSharp.Dom;
using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Components.Pages.Plan;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Plan;

/// <summary>The growth plan in bUnit on the real services; its access rule over HTTP on the whole app.</summary>
public sealed class GrowthPlanPageTests(RejectedAppFactory app) : JournalComponentTest, IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task ActionsAreGroupedInProgressThenPlannedDoneAndDropped()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveActionsAsync(
            id,
            Action("Finished", ActionStatus.Done),
            Action("First planned"),
            Action("Started", ActionStatus.InProgress),
            Action("Given up", ActionStatus.Dropped),
            Action("Second planned"));

        var cut = RenderPlan();

        Assert.Equal(["In progress 1", "Planned 2", "Done 1", "Dropped 1"], cut.FindAll("section h2").Select(h => Normalize(h.TextContent)));
        Assert.Equal(
            [["Started"], ["First planned", "Second planned"], ["Finished"], ["Given up"]],
            cut.FindAll("section").Select(s => s.QuerySelectorAll("li p.fw-semibold").Select(p => p.TextContent).ToArray()));
        Assert.Equal("In progress 1", Normalize(cut.Find($"#plan-{ActionStatus.InProgress}").TextContent));
    }

    [Fact]
    public async Task AStatusWithoutActionsHasNoSection()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveActionsAsync(id, Action("Only planned"));

        var cut = RenderPlan();

        Assert.Equal(["Planned 1"], cut.FindAll("section h2").Select(h => Normalize(h.TextContent)));
    }

    [Fact]
    public async Task OnlyOpenActionsPastTheirTargetDateAreOverdue()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveActionsAsync(
            id,
            Action("Planned, due yesterday", target: new DateOnly(2026, 3, 14)),
            Action("Started, due two weeks ago", ActionStatus.InProgress, new DateOnly(2026, 3, 1)),
            Action("Planned, due today", target: new DateOnly(2026, 3, 15)),
            Action("Planned, no date"),
            Action("Done late", ActionStatus.Done, new DateOnly(2026, 3, 1)),
            Action("Dropped late", ActionStatus.Dropped, new DateOnly(2026, 3, 1)));

        var cut = RenderPlan();

        var overdue = cut.FindAll("li.overdue");
        Assert.Equal(["Started, due two weeks ago", "Planned, due yesterday"], overdue.Select(li => li.QuerySelector("p.fw-semibold")!.TextContent));
        Assert.All(overdue, li => Assert.Equal("Overdue", li.QuerySelector(".badge.text-bg-danger")?.TextContent));
        Assert.Equal(2, cut.FindAll(".badge.text-bg-danger").Count);
    }

    [Fact]
    public async Task OverdueIsJudgedByTheDateInUtcNotTheServersTimeZone()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveActionsAsync(id, Action("Due on the 15th", target: new DateOnly(2026, 3, 15)));

        // 00:30 UTC on the 16th; still the 15th where the server's clock is ten hours behind.
        Clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("Test-10", TimeSpan.FromHours(-10), "Test-10", "Test-10"));
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 0, 30, 0, TimeSpan.Zero));
        var cut = RenderPlan();

        Assert.Single(cut.FindAll("li.overdue"));
    }

    [Fact]
    public async Task EachActionShowsItsChangeTargetDateAndALinkBackToStepThree()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");
        await SaveStepAsync(Alice, id, ReflectionStep.Priorities, new StepAnswer("", Data: SampleTools.Priorities()));
        await SaveStepAsync(Alice, id, ReflectionStep.Experience, new StepAnswer("", Data: SampleTools.Experience()));

        var cut = RenderPlan();

        var item = Item(cut, "Lead the queue migration");
        var details = item.QuerySelectorAll("p.small span").Select(s => s.TextContent).ToList();
        Assert.Equal(["For: Practise system design", "By 30 May 2026"], details);
        var link = item.QuerySelector("a")!;
        Assert.Equal($"reflections/{id}/experience", link.GetAttribute("href"));
        Assert.Equal("Backend Engineer at Contoso", link.TextContent);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public async Task TargetDatesReadTheSameInAnyCulture(string culture)
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveActionsAsync(id, Action("Dated", target: new DateOnly(2026, 5, 30)));
        using var scope = new CultureScope(culture);

        var cut = RenderPlan();

        Assert.Contains("By 30 May 2026", Item(cut, "Dated").QuerySelectorAll("span").Select(s => s.TextContent));
    }

    [Fact]
    public async Task EveryStatusSelectHasAVisibleLabelAndShowsTheCurrentStatus()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveActionsAsync(id, Action("Started", ActionStatus.InProgress), Action("Finished", ActionStatus.Done));

        var cut = RenderPlan();

        var selects = cut.FindAll("select");
        Assert.Equal(2, selects.Count);
        Assert.All(selects, select => Assert.Equal("Status", cut.Find($"label[for='{select.Id}']").TextContent));
        Assert.Equal(["In progress", "Done"], selects.Select(s => s.QuerySelector("option[selected]")?.TextContent));
        Assert.Equal(["Planned", "In progress", "Done", "Dropped"], selects[0].QuerySelectorAll("option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task ChangingTheStatusSavesItInPlaceAndSaysSo()
    {
        var id = await CreateRejectionAsync(Alice);
        var action = Action("Lead the queue migration", ActionStatus.InProgress);
        await SaveActionsAsync(id, action, Action("Stays planned"));
        var cut = RenderPlan();

        cut.Find($"#status-{action.Id:N}").Change(nameof(ActionStatus.Done));

        cut.WaitForAssertion(() => Assert.Equal("Saved: “Lead the queue migration” is now done.", cut.Find("p.small[role='status']").TextContent));
        Assert.Equal(["Planned 1", "Done 1"], cut.FindAll("section h2").Select(h => Normalize(h.TextContent)));
        Assert.Equal("Done", cut.Find($"#status-{action.Id:N} option[selected]").TextContent);
        var saved = await GrowthPlan.GetAsync(Alice);
        Assert.Equal(ActionStatus.Done, saved.Single(a => a.Action.Id == action.Id).Action.Status);
        Assert.Equal(ActionStatus.Planned, saved.Single(a => a.Action.Id != action.Id).Action.Status);
        Assert.Equal(2, (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.Experience)!.Version);
    }

    [Fact]
    public async Task AStatusWithTwoWordsIsNamedInLowerCase()
    {
        var id = await CreateRejectionAsync(Alice);
        var action = Action("Pair with the SRE team");
        await SaveActionsAsync(id, action);
        var cut = RenderPlan();

        cut.Find($"#status-{action.Id:N}").Change(nameof(ActionStatus.InProgress));

        cut.WaitForAssertion(() => Assert.Equal("Saved: “Pair with the SRE team” is now in progress.", cut.Find("p.small[role='status']").TextContent));
    }

    [Fact]
    public async Task ChangingAnActionRemovedElsewhereSaysSoAndRefreshesTheList()
    {
        var id = await CreateRejectionAsync(Alice);
        var removed = Action("Removed in another tab");
        await SaveActionsAsync(id, removed, Action("Kept"));
        var cut = RenderPlan();
        await SaveActionsAsync(id, Action("Kept"));

        cut.Find($"#status-{removed.Id:N}").Change(nameof(ActionStatus.Done));

        cut.WaitForAssertion(() => Assert.Equal(
            "That action was changed or removed elsewhere; the list has been refreshed.",
            cut.Find("p.small[role='status']").TextContent));
        Assert.Equal(["Kept"], cut.FindAll("li p.fw-semibold").Select(p => p.TextContent));
    }

    [Fact]
    public void ANewUserSeesHowToAddActionsAndAWayToTheirJournal()
    {
        var cut = RenderPlan();

        Assert.Equal("No actions yet", cut.Find(".empty-state h2").TextContent);
        Assert.Equal("journal", cut.Find(".empty-state a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("select"));
    }

    [Fact]
    public async Task OtherUsersActionsAreNotShown()
    {
        var bobs = await CreateRejectionAsync(Bob, company: "Bob's Secret Employer");
        await SaveStepAsync(Bob, bobs, ReflectionStep.Experience, new StepAnswer("", Data: new ExperienceData { Actions = [Action("Bob's secret plan")] }));

        var cut = RenderPlan();

        Assert.Equal("No actions yet", cut.Find(".empty-state h2").TextContent);
        Assert.DoesNotContain("Bob's", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedOutVisitorsAreSentToLogInAndBack()
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync("/plan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.RedirectTarget();
        Assert.Equal("/Account/Login", target?.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fplan", target?.Query);
    }

    [Fact]
    public async Task SignedInUsersGetTheirPlan()
    {
        var owner = await app.CreateUserAsync("plan-owner@example.com");
        var id = await app.CreateRejectionAsync(owner, "Contoso Planned");
        await app.SaveStepAsync(owner, id, ReflectionStep.Experience, new StepAnswer("", Data: new ExperienceData { Actions = [Action("Lead the queue migration")] }));
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "plan-owner@example.com");

        var response = await client.GetAsync("/plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your growth plan", html, StringComparison.Ordinal);
        Assert.Contains("Lead the queue migration", html, StringComparison.Ordinal);
    }

    private static GrowthAction Action(string what, ActionStatus status = ActionStatus.Planned, DateOnly? target = null) =>
        new() { What = what, Status = status, TargetDate = target };

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IElement Item(IRenderedComponent<GrowthPlanPage> cut, string what) =>
        cut.FindAll("li.card").Single(li => li.QuerySelector("p.fw-semibold")?.TextContent == what);

    private Task SaveActionsAsync(int rejectionId, params GrowthAction[] actions) =>
        SaveStepAsync(Alice, rejectionId, ReflectionStep.Experience, new StepAnswer("", Data: new ExperienceData { Actions = [.. actions] }));

    private IRenderedComponent<GrowthPlanPage> RenderPlan()
    {
        var cut = Render<GrowthPlanPage>();
        cut.WaitForAssertion(() => Assert.DoesNotContain("Loading…", cut.Markup, StringComparison.Ordinal));
        return cut;
    }
}
