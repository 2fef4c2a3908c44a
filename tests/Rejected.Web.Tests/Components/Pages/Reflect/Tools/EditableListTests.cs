using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect.Tools;

/// <summary>The list every tool is built from: add, edit, remove and undo, reorder, the 50-item limit and long values, on each step's main list.</summary>
public sealed class EditableListTests : ReflectStepPageTest
{
    private static readonly Dictionary<string, ListCase> Cases = new ListCase[]
    {
        new(
            "feedback", FeedbackData.PeopleList, "+ Add a person", "name", "A name or role",
            texts => new FeedbackData { People = [.. texts.Select(t => new FeedbackContact { Name = t })] },
            data => ((FeedbackData)data).People.Select(p => p.Name)),
        new(
            "priorities", PrioritiesData.ChangesList, "+ Add a change", "title", "The change",
            texts => new PrioritiesData { Changes = [.. texts.Select(t => new CandidateChange { Title = t })] },
            data => ((PrioritiesData)data).Changes.Select(c => c.Title)),
        new(
            "experience", ExperienceData.ActionsList, "+ Add an action", "what", "The action",
            texts => new ExperienceData { Actions = [.. texts.Select(t => new GrowthAction { What = t })] },
            data => ((ExperienceData)data).Actions.Select(a => a.What)),
        new(
            "role-fit", RoleFitData.AppealedList, "+ Add what appealed", RoleFitData.AppealedList, "Each item",
            texts => new RoleFitData { Appealed = [.. texts.Select(t => new TextItem { Text = t })] },
            data => ((RoleFitData)data).Appealed.Select(i => i.Text)),
        new(
            "wrap-up", WrapUpData.OtherGroupsList, "+ Add a group or discipline", WrapUpData.OtherGroupsList, "Each item",
            texts => new WrapUpData { OtherGroups = [.. texts.Select(t => new TextItem { Text = t })] },
            data => ((WrapUpData)data).OtherGroups.Select(i => i.Text)),
    }.ToDictionary(c => c.Slug);

    public static TheoryData<string> Lists => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AnAddedItemIsSavedOnceTypingPauses(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, slug);
        Assert.Empty(Items(cut, list.List));

        Button(cut, list.AddLabel).Click();
        Field(Assert.Single(Items(cut, list.List)), list.Field).Input("Ask for more ownership");
        Clock.Advance(TypingPause - TimeSpan.FromMilliseconds(1));

        Assert.Equal("Saving…", Indicator(cut));
        Assert.Null(await SavedEntryAsync(id, list.Step));

        Clock.Advance(TimeSpan.FromMilliseconds(1));

        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        Assert.Equal(["Ask for more ownership"], await SavedTextsAsync(list, id));
        Assert.Equal(1, (await SavedEntryAsync(id, list.Step))!.Version);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AddingAnItemMovesFocusToIt(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, slug);

        Button(cut, list.AddLabel).Click();

        cut.WaitForAssertion(() => JSInterop.VerifyFocusAsyncInvoke());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EditingAnItemSavesTheNewText(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, list.Make(["Before"]));
        var cut = RenderStep(id, slug);
        Assert.Equal("Before", ValueOf(Field(Assert.Single(Items(cut, list.List)), list.Field)));

        Field(Items(cut, list.List)[0], list.Field).Input("After");
        PauseAndWaitUntilSaved(cut);

        Assert.Equal(["After"], await SavedTextsAsync(list, id));
        Assert.Equal(2, (await SavedEntryAsync(id, list.Step))!.Version);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task RemovingAnItemSavesTheListWithoutIt(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, list.Make(["One", "Two", "Three"]));
        var cut = RenderStep(id, slug);

        Button(cut, "Remove “Two”").Click();

        Assert.Equal(2, Items(cut, list.List).Count);
        Assert.Contains("Removed “Two”.", cut.Find("p[role='status']").TextContent, StringComparison.Ordinal);
        PauseAndWaitUntilSaved(cut);
        Assert.Equal(["One", "Three"], await SavedTextsAsync(list, id));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task UndoPutsARemovedItemBackWhereItWas(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        var data = list.Make(["One", "Two", "Three"]);
        await SaveToolAsync(id, data);
        var cut = RenderStep(id, slug);
        Button(cut, "Remove “Two”").Click();
        PauseAndWaitUntilSaved(cut);

        Button(cut, "Undo").Click();

        Assert.False(HasButton(cut, "Undo"));
        Assert.Equal(3, Items(cut, list.List).Count);
        PauseAndWaitUntilSaved(cut);
        Assert.Equal(["One", "Two", "Three"], await SavedTextsAsync(list, id));

        // It is the same item, not a copy: links to it (feedback → change → action) still hold.
        var saved = StepData.Parse(list.Step, (await SavedEntryAsync(id, list.Step))!.Data)!;
        Assert.Equal(data.ToJson(), saved.ToJson());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task UpAndDownReorderTheItemsAndTheNewOrderIsSaved(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, list.Make(["One", "Two", "Three"]));
        var cut = RenderStep(id, slug);
        Assert.True(Button(cut, "Move “One” up").HasAttribute("disabled"));
        Assert.True(Button(cut, "Move “Three” down").HasAttribute("disabled"));

        Button(cut, "Move “Three” up").Click();
        Button(cut, "Move “One” down").Click();

        Assert.Equal(["Three", "One", "Two"], Items(cut, list.List).Select(li => ValueOf(Field(li, list.Field))));
        PauseAndWaitUntilSaved(cut);
        Assert.Equal(["Three", "One", "Two"], await SavedTextsAsync(list, id));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AtFiftyItemsTheAddButtonIsDisabledAndSaysWhy(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, list.Make(Enumerable.Range(1, StepData.MaxItems - 1).Select(i => $"Item {i}")));
        var cut = RenderStep(id, slug);
        Assert.False(Button(cut, list.AddLabel).HasAttribute("disabled"));
        Assert.DoesNotContain("That's the most this list holds", cut.Markup, StringComparison.Ordinal);

        Button(cut, list.AddLabel).Click();

        Assert.Equal(StepData.MaxItems, Items(cut, list.List).Count);
        Assert.True(Button(cut, list.AddLabel).HasAttribute("disabled"));
        Assert.Contains(
            cut.FindAll("p.form-text"),
            p => p.TextContent.Trim() == "That's the most this list holds (50). Remove one to add another.");
        PauseAndWaitUntilSaved(cut);
        Assert.Equal(StepData.MaxItems, (await SavedTextsAsync(list, id)).Count);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task ATooLongValueShowsItsMessageBesideTheFieldAndKeepsTheSavedValue(string slug)
    {
        var list = Cases[slug];
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, list.Make(["Saved before"]));
        var cut = RenderStep(id, slug);

        Field(Items(cut, list.List)[0], list.Field).Input(SampleText.Long(StepData.MaxTextLength + 1));
        Clock.Advance(TypingPause);

        cut.WaitForAssertion(() => Assert.Equal(NotSavedMessage, Indicator(cut)));
        var field = Field(Items(cut, list.List)[0], list.Field);
        Assert.Contains("is-invalid", field.ClassList);
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal($"{field.Id}-error", field.GetAttribute("aria-describedby"));
        Assert.Equal(
            $"{list.MessageLabel} can be at most 2,000 characters; it has 2,001. Shorten it to save again.",
            cut.Find($"#{field.Id}-error").TextContent);
        Assert.Equal(["Saved before"], await SavedTextsAsync(list, id));
        Assert.Equal(1, (await SavedEntryAsync(id, list.Step))!.Version);

        // Shortening it saves again and clears the message.
        Field(Items(cut, list.List)[0], list.Field).Input("Short again");
        PauseAndWaitUntilSaved(cut);
        Assert.Equal("", cut.Find($"#{field.Id}-error").TextContent);
        Assert.Equal(["Short again"], await SavedTextsAsync(list, id));
    }

    private async Task<List<string>> SavedTextsAsync(ListCase list, int rejectionId)
    {
        var entry = await SavedEntryAsync(rejectionId, list.Step);
        return [.. list.Texts(StepData.Parse(list.Step, entry?.Data)!)];
    }

    /// <summary>A step's main list: where it is, what its add button and text field are called, and how to build and read it.</summary>
    private sealed record ListCase(
        string Slug,
        string List,
        string AddLabel,
        string Field,
        string MessageLabel,
        Func<IEnumerable<string>, StepData> Make,
        Func<StepData, IEnumerable<string>> Texts)
    {
        public ReflectionStep Step => StepGuide.FromSlug(Slug)!.Step;
    }
}
