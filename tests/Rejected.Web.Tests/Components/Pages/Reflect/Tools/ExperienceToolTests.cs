using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect.Tools;

public sealed class ExperienceToolTests : ReflectStepPageTest
{
    private static readonly CandidateChange ForNow = new() { Title = "Practise system design", Decision = ChangeDecision.Now };
    private static readonly CandidateChange Dropped = new() { Title = "Get the Azure certificate", Decision = ChangeDecision.Drop };
    private static readonly CandidateChange Later = new() { Title = "Speak up earlier", Decision = ChangeDecision.Later };
    private static readonly CandidateChange Undecided = new() { Title = "Ship something end to end" };
    private static readonly CandidateChange Untitled = new() { Title = "  ", Decision = ChangeDecision.Now };

    [Fact]
    public async Task EveryFieldHasAVisibleLabel()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.Priorities());
        await SaveToolAsync(id, SampleTools.Experience());

        var cut = RenderStep(id, "experience");

        AssertEveryFieldIsLabelled(cut);
        Assert.Equal(
            ["What you'll do", "Status", "The change it serves", "Kind of opportunity", "Who to talk to", "Target date", "Notes"],
            Items(cut, ExperienceData.ActionsList)[0].QuerySelectorAll("input, select, textarea").Select(field => LabelFor(cut, field)));
    }

    [Fact]
    public async Task TheChangeSelectListsTheTitledChangesFromStepTwoThatWereNotDropped()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, new PrioritiesData { Changes = [ForNow, Dropped, Untitled, Later, Undecided] });
        var cut = RenderStep(id, "experience");

        Button(cut, "+ Add an action").Click();

        var select = Field(Items(cut, ExperienceData.ActionsList)[0], "change");
        Assert.Equal(
            ["—", "Practise system design", "Speak up earlier", "Ship something end to end"],
            select.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal("—", SelectedText(select));
    }

    [Fact]
    public async Task AnActionIsSavedWithTheChangeItServesAndEveryDetail()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, new PrioritiesData { Changes = [ForNow, Later] });
        var cut = RenderStep(id, "experience");

        Button(cut, "+ Add an action").Click();
        Field(Items(cut, ExperienceData.ActionsList)[0], "what").Input("Speak first in design reviews");
        Field(Items(cut, ExperienceData.ActionsList)[0], "status").Change(nameof(ActionStatus.InProgress));
        Field(Items(cut, ExperienceData.ActionsList)[0], "change").Change(Later.Id.ToString());
        Field(Items(cut, ExperienceData.ActionsList)[0], "opportunity").Change(nameof(OpportunityType.TakeOnMore));
        Field(Items(cut, ExperienceData.ActionsList)[0], "who").Input("My manager");
        Field(Items(cut, ExperienceData.ActionsList)[0], "target").Change("2026-04-30");
        Field(Items(cut, ExperienceData.ActionsList)[0], "notes").Input("Prepare one question per review.");
        PauseAndWaitUntilSaved(cut);

        var action = Assert.Single((await SavedAsync<ExperienceData>(id)).Actions);
        Assert.Equal("Speak first in design reviews", action.What);
        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal(Later.Id, action.ChangeId);
        Assert.Equal(OpportunityType.TakeOnMore, action.Opportunity);
        Assert.Equal("My manager", action.WhoToTalkTo);
        Assert.Equal(new DateOnly(2026, 4, 30), action.TargetDate);
        Assert.Equal("Prepare one question per review.", action.Notes);
        Assert.Equal("Speak up earlier", SelectedText(Field(Items(cut, ExperienceData.ActionsList)[0], "change")));
    }

    [Fact]
    public async Task AnActionLinkedToAChangeThatWasDroppedLaterKeepsItsLink()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, new PrioritiesData { Changes = [ForNow, Dropped] });
        await SaveToolAsync(id, new ExperienceData
        {
            Actions = [new GrowthAction { What = "Study for the exam", ChangeId = Dropped.Id }, new GrowthAction { What = "Whiteboard weekly" }],
        });

        var cut = RenderStep(id, "experience");

        var linked = Field(Items(cut, ExperienceData.ActionsList)[0], "change");
        Assert.Equal(["—", "Practise system design", "Get the Azure certificate"], linked.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal("Get the Azure certificate", SelectedText(linked));
        var other = Field(Items(cut, ExperienceData.ActionsList)[1], "change");
        Assert.Equal(["—", "Practise system design"], other.QuerySelectorAll("option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task WithoutChangesInStepTwoATipLinksThere()
    {
        var id = await CreateRejectionAsync(Alice);

        var cut = RenderStep(id, "experience");

        Assert.Equal("step 2", cut.Find($"a[href='reflections/{id}/priorities']:not(.step-chip)").TextContent);
    }

    [Fact]
    public async Task AStatusChangedOnTheGrowthPlanMakesTheOpenStepReportAConflictInsteadOfOverwritingIt()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.Experience());
        var cut = RenderStep(id, "experience");

        Assert.True(await GrowthPlan.SetStatusAsync(Alice, id, SampleTools.ActionId, ActionStatus.Done));
        Field(Items(cut, ExperienceData.ActionsList)[0], "what").Input("Lead the queue migration, with a buddy");
        Clock.Advance(TypingPause);

        cut.WaitForAssertion(() => Assert.Equal("Not saved: this step was changed in another tab or window.", Indicator(cut)));
        var saved = (await SavedAsync<ExperienceData>(id)).Actions[0];
        Assert.Equal(ActionStatus.Done, saved.Status);
        Assert.Equal("Lead the queue migration", saved.What);

        Button(cut, "Show the saved version").Click();

        cut.WaitForAssertion(() => Assert.Equal("Done", SelectedText(Field(Items(cut, ExperienceData.ActionsList)[0], "status"))));
        Assert.Equal("Lead the queue migration", ValueOf(Field(Items(cut, ExperienceData.ActionsList)[0], "what")));
        Assert.Equal(2, (await SavedEntryAsync(id, ReflectionStep.Experience))!.Version);
    }
}
