using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect.Tools;

public sealed class RoleFitToolTests : ReflectStepPageTest
{
    [Fact]
    public async Task EveryFieldHasAVisibleLabel()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.RoleFit());

        var cut = RenderStep(id, "role-fit");

        AssertEveryFieldIsLabelled(cut);
        Assert.Equal("What appealed: item 1", LabelFor(cut, Field(Items(cut, RoleFitData.AppealedList)[0], RoleFitData.AppealedList)));
        Assert.Equal("What didn't: item 1", LabelFor(cut, Field(Items(cut, RoleFitData.DidNotAppealList)[0], RoleFitData.DidNotAppealList)));
        Assert.Equal(["Yes", "Maybe", "No"], cut.FindAll("input[name='verdict']").Select(radio => LabelFor(cut, radio)));
        Assert.Equal("Why do you say so?", LabelFor(cut, cut.Find("#verdict-why")));
        Assert.Equal("What you want vs. what fits you now", LabelFor(cut, cut.Find("#want-vs-fit")));
        Assert.Equal(
            ["Company", "Title", "Scope or expectations", "Your read"],
            Items(cut, RoleFitData.LevelsList)[0].QuerySelectorAll("input, textarea").Select(field => LabelFor(cut, field)));
        Assert.Equal(
            ["Company", "Team or role to look at"],
            Items(cut, RoleFitData.VariationsList)[0].QuerySelectorAll("input").Select(field => LabelFor(cut, field)));
    }

    [Fact]
    public async Task ChoosingAVerdictSavesItAndCountsTheStepAsDone()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "role-fit");
        Assert.DoesNotContain("done", cut.Find(".step-chip.current").ClassList);

        cut.Find("#verdict-No").Change(true);
        PauseAndWaitUntilSaved(cut);

        Assert.Equal(FitVerdict.No, (await SavedAsync<RoleFitData>(id)).Verdict);
        Assert.True(cut.Find("#verdict-No").HasAttribute("checked"));
        Assert.False(cut.Find("#verdict-Yes").HasAttribute("checked"));
        Assert.Contains("done", cut.Find(".step-chip.current").ClassList);
    }

    [Fact]
    public async Task NotesLevelsAndVariationsAreSaved()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "role-fit");

        Button(cut, "+ Add what didn't appeal").Click();
        Field(Items(cut, RoleFitData.DidNotAppealList)[0], RoleFitData.DidNotAppealList).Input("Weekly on-call");
        cut.Find("#verdict-why").Input("I like the product,\nnot the pace.");
        cut.Find("#want-vs-fit").Input("Staff scope later; senior now.");
        Button(cut, "+ Add a company's level").Click();
        Field(Items(cut, RoleFitData.LevelsList)[0], "company").Input("Fabrikam");
        Field(Items(cut, RoleFitData.LevelsList)[0], "title").Input("Senior II");
        Field(Items(cut, RoleFitData.LevelsList)[0], "scope").Input("Owns a service");
        Field(Items(cut, RoleFitData.LevelsList)[0], "read").Input("Like my current level");
        Button(cut, "+ Add a variation").Click();
        Field(Items(cut, RoleFitData.VariationsList)[0], "company").Input("Northwind");
        Field(Items(cut, RoleFitData.VariationsList)[0], "team").Input("Platform team");
        PauseAndWaitUntilSaved(cut);

        var saved = await SavedAsync<RoleFitData>(id);
        Assert.Equal(["Weekly on-call"], saved.DidNotAppeal.Select(i => i.Text));
        Assert.Equal("I like the product,\nnot the pace.", saved.VerdictWhy);
        Assert.Equal("Staff scope later; senior now.", saved.WantVsFit);
        var level = Assert.Single(saved.Levels);
        Assert.Equal(("Fabrikam", "Senior II", "Owns a service", "Like my current level"), (level.Company, level.Title, level.Scope, level.YourRead));
        var variation = Assert.Single(saved.Variations);
        Assert.Equal(("Northwind", "Platform team"), (variation.Company, variation.TeamOrRole));
        Assert.Equal("Move “Fabrikam Senior II” up", AccessibleName(cut.Find($"ol[data-list='{RoleFitData.LevelsList}'] .item-actions button")));
    }

    [Fact]
    public async Task TooLongReasonsShowTheirMessageBelowTheFieldAndKeepTheSavedReasons()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, new RoleFitData { VerdictWhy = "Saved before" });
        var cut = RenderStep(id, "role-fit");

        cut.Find("#verdict-why").Input(SampleText.Long(StepData.MaxTextLength + 1));
        Clock.Advance(TypingPause);

        cut.WaitForAssertion(() => Assert.Equal(NotSavedMessage, Indicator(cut)));
        Assert.Equal("Your reasons can be at most 2,000 characters; it has 2,001. Shorten it to save again.", cut.Find("#verdict-why-error").TextContent);
        Assert.Equal("true", cut.Find("#verdict-why").GetAttribute("aria-invalid"));
        Assert.Equal("Saved before", (await SavedAsync<RoleFitData>(id)).VerdictWhy);
        Assert.Equal(1, (await SavedEntryAsync(id, ReflectionStep.RoleFit))!.Version);
    }
}
