using AngleSharp.Dom;
using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Components.Pages.Reflect;

namespace Rejected.Web.Tests.Support;

/// <summary>
/// Tests of a step's tool as the user meets it: hosted by <see cref="ReflectStepPage"/>, saved after the
/// typing pause on the fake clock, and read back from the database.
/// </summary>
public abstract class ReflectStepPageTest : JournalComponentTest
{
    public static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(700);

    public const string NotSavedMessage = "Not saved: please check the message below.";

    protected IRenderedComponent<ReflectStepPage> RenderStep(int id, string slug)
    {
        var cut = Render<ReflectStepPage>(p => p.Add(x => x.Id, id).Add(x => x.Slug, slug));
        cut.WaitForElement("h1");
        return cut;
    }

    /// <summary>Lets the typing pause pass and waits until the page says the step is saved.</summary>
    protected void PauseAndWaitUntilSaved(IRenderedComponent<ReflectStepPage> cut)
    {
        Clock.Advance(TypingPause);
        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
    }

    /// <summary>The step's entry as stored, or null when the step was never saved.</summary>
    protected async Task<JournalEntry?> SavedEntryAsync(int rejectionId, ReflectionStep step) =>
        (await Reflections.GetAsync(Alice, rejectionId))!.EntryFor(step);

    /// <summary>The step's tool as stored; an empty tool when nothing is stored.</summary>
    protected async Task<T> SavedAsync<T>(int rejectionId)
        where T : StepData, new() =>
        (await SavedEntryAsync(rejectionId, new T().Step))?.ReadData<T>() ?? new T();

    protected async Task SaveToolAsync(int rejectionId, StepData data, string text = "") =>
        await SaveStepAsync(Alice, rejectionId, data.Step, new StepAnswer(text, Data: data));

    protected static string Indicator(IRenderedComponent<ReflectStepPage> cut) => cut.Find(".save-indicator").TextContent.Trim();

    protected static string LabelFor(IRenderedComponent<ReflectStepPage> cut, IElement field) =>
        cut.Find($"label[for='{field.Id}']").TextContent.Trim();

    /// <summary>The button with this accessible name: its aria-label, or else its text, with white space collapsed.</summary>
    protected static IElement Button(IRenderedComponent<ReflectStepPage> cut, string name) =>
        cut.FindAll("button").Single(b => AccessibleName(b) == name);

    protected static bool HasButton(IRenderedComponent<ReflectStepPage> cut, string name) =>
        cut.FindAll("button").Any(b => AccessibleName(b) == name);

    protected static string AccessibleName(IElement element) =>
        string.Join(' ', (element.GetAttribute("aria-label") ?? element.TextContent).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The items of one of the tool's lists, in the order shown.</summary>
    protected static IReadOnlyList<IElement> Items(IRenderedComponent<ReflectStepPage> cut, string list) =>
        cut.FindAll($"ol[data-list='{list}'] > li");

    /// <summary>The field of an item whose id starts with <paramref name="prefix"/> (ids are "{field}-{item id}").</summary>
    protected static IElement Field(IElement item, string prefix) =>
        item.QuerySelector($"input[id^='{prefix}-'], textarea[id^='{prefix}-'], select[id^='{prefix}-']")
        ?? throw new InvalidOperationException($"No field starting with '{prefix}-' in this item.");

    /// <summary>What a field shows: a textarea's text or an input's value.</summary>
    protected static string? ValueOf(IElement field) =>
        field.GetAttribute("value") ?? (field.LocalName == "textarea" ? field.TextContent : null);

    protected static string? SelectedText(IElement select) =>
        select.QuerySelectorAll("option").SingleOrDefault(o => o.HasAttribute("selected"))?.TextContent;

    /// <summary>Every input, select and textarea has a visible label pointing at its id.</summary>
    protected static void AssertEveryFieldIsLabelled(IRenderedComponent<ReflectStepPage> cut)
    {
        var fields = cut.FindAll("input, select, textarea");
        Assert.NotEmpty(fields);
        Assert.All(fields, field =>
        {
            Assert.False(string.IsNullOrEmpty(field.Id), $"A <{field.LocalName}> has no id: {field.OuterHtml}");
            var label = Assert.Single(cut.FindAll($"label[for='{field.Id}']"));
            Assert.False(string.IsNullOrWhiteSpace(label.TextContent), $"The label of #{field.Id} is empty.");
            Assert.DoesNotContain("visually-hidden", label.ClassList);
        });
        Assert.Equal(fields.Count, fields.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
