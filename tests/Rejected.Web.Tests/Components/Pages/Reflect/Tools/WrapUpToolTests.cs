using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect.Tools;

public sealed class WrapUpToolTests : ReflectStepPageTest
{
    [Fact]
    public async Task EveryFieldHasAVisibleLabel()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.WrapUp());

        var cut = RenderStep(id, "wrap-up");

        AssertEveryFieldIsLabelled(cut);
        Assert.Equal(
            ["Other groups and disciplines worth a look: item 1", "Other groups and disciplines worth a look: item 2"],
            Items(cut, WrapUpData.OtherGroupsList).Select(li => LabelFor(cut, Field(li, WrapUpData.OtherGroupsList))));
    }

    [Fact]
    public async Task OtherGroupsAreSavedTogetherWithTheTakeaway()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "wrap-up");

        cut.Find("#takeaway").Input("One interview is not a verdict.");
        Button(cut, "+ Add a group or discipline").Click();
        Field(Items(cut, WrapUpData.OtherGroupsList)[0], WrapUpData.OtherGroupsList).Input("Developer relations");
        PauseAndWaitUntilSaved(cut);

        var entry = await SavedEntryAsync(id, ReflectionStep.WrapUp);
        Assert.Equal("One interview is not a verdict.", entry?.Takeaway);
        Assert.Equal(["Developer relations"], entry!.ReadData<WrapUpData>().OtherGroups.Select(g => g.Text));
        Assert.Equal(1, entry.Version);
    }

    [Fact]
    public async Task OtherGroupsAloneDoNotFinishTheWrapUp()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "wrap-up");

        Button(cut, "+ Add a group or discipline").Click();
        Field(Items(cut, WrapUpData.OtherGroupsList)[0], WrapUpData.OtherGroupsList).Input("Developer relations");
        PauseAndWaitUntilSaved(cut);

        // The wrap-up is done when it has its takeaway; a list of groups is not enough.
        Assert.DoesNotContain("done", cut.Find(".step-chip.current").ClassList);
        Assert.Equal(0, (await Reflections.GetAsync(Alice, id))!.StepsDone);
    }

    [Fact]
    public async Task LeavingThePageBeforeTheTypingPauseStillSavesTheLastChange()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "wrap-up");

        cut.Find("#takeaway").Input("Leaving right away.");
        Button(cut, "+ Add a group or discipline").Click();
        Field(Items(cut, WrapUpData.OtherGroupsList)[0], WrapUpData.OtherGroupsList).Input("Solutions engineering");

        // No time passes: the page goes away (Next, Back, a link) while the save is still waiting for the pause.
        await cut.InvokeAsync(() => cut.Instance.DisposeAsync().AsTask());

        var entry = await SavedEntryAsync(id, ReflectionStep.WrapUp);
        Assert.Equal("Leaving right away.", entry?.Takeaway);
        Assert.Equal(["Solutions engineering"], entry!.ReadData<WrapUpData>().OtherGroups.Select(g => g.Text));
    }
}
