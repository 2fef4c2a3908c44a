using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Bunit;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Pages.Reflect;
using Rejected.Web.Components.Shared;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect;

public sealed class ReflectStepPageTests : JournalComponentTest
{
    private static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(700);

    public static TheoryData<string> Slugs => [.. StepGuide.All.Select(g => g.Slug)];

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task EachStepShowsItsTitlePurposeAndEveryPrompt(string slug)
    {
        var guide = StepGuide.FromSlug(slug)!;
        var id = await CreateRejectionAsync(Alice);

        var cut = RenderStep(id, slug);

        Assert.Equal(guide.Title, cut.Find("h1").TextContent);
        Assert.Equal(guide.Purpose, cut.Find("p.lead").TextContent);
        Assert.Equal(guide.Prompts, cut.FindAll("ul.prompts > li").Select(li => li.TextContent));
        Assert.Equal(guide.JournalLabel, cut.Find("label[for='journal-text']").TextContent);
    }

    [Fact]
    public async Task CheckInOffersFiveLabelledMoods()
    {
        var id = await CreateRejectionAsync(Alice);

        var cut = RenderStep(id, "check-in");

        Assert.Equal("How do you feel right now?", cut.Find("fieldset.mood-picker legend").TextContent);
        var radios = cut.FindAll("input[type='radio'][name='mood']");
        Assert.Equal(5, radios.Count);
        Assert.Equal(
            ["1 · Crushed", "2 · Low", "3 · Mixed", "4 · Steady", "5 · Hopeful"],
            radios.Select(radio => LabelFor(cut, radio)));
        Assert.All(radios, radio => Assert.False(radio.HasAttribute("checked")));
    }

    [Fact]
    public async Task WrapUpShowsTakeawayMoodAfterAndRevisitDateWithVisibleLabels()
    {
        var id = await CreateRejectionAsync(Alice);

        var cut = RenderStep(id, "wrap-up");

        Assert.Equal("Your one-line takeaway", LabelFor(cut, cut.Find("input#takeaway")));
        Assert.Equal("Come back to this on", LabelFor(cut, cut.Find("input#revisit-on[type='date']")));
        Assert.Equal("How do you feel now?", cut.Find("fieldset.mood-picker legend").TextContent);
        Assert.Equal(5, cut.FindAll("input[type='radio'][name='mood-after']").Count);
        Assert.All(cut.FindAll("input, textarea, select"), field => Assert.False(string.IsNullOrWhiteSpace(LabelFor(cut, field))));
    }

    [Fact]
    public async Task TheSaveIndicatorFirstSaysChangesSaveAutomatically()
    {
        var id = await CreateRejectionAsync(Alice);

        var cut = RenderStep(id, "check-in");

        Assert.Equal("Changes save automatically.", Indicator(cut));
    }

    [Fact]
    public async Task ChoosingAMoodSavesItAtOnce()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "check-in");

        cut.Find("#mood-3").Change("3");

        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.CheckIn);
        Assert.NotNull(entry);
        Assert.Equal(3, entry.Mood);
        Assert.Equal(1, entry.Version);
        Assert.True(cut.Find("#mood-3").HasAttribute("checked"));
        Assert.Contains("done", cut.Find(".step-chip.current").ClassList);

        // The editor's script learns the new version, so a draft kept in the browser matches it.
        var setVersion = EditorModule.VerifyInvoke("setVersion");
        Assert.Equal(1, setVersion.Arguments[1]);
    }

    [Fact]
    public async Task ATakeawaySavesOnceTypingPauses()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "wrap-up");

        cut.Find("#takeaway").Input("One interview");
        Clock.Advance(TypingPause / 2);
        cut.Find("#takeaway").Input("One interview is not a verdict.");
        Clock.Advance(TypingPause - TimeSpan.FromMilliseconds(1));

        Assert.Equal("Saving…", Indicator(cut));
        Assert.Null((await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.WrapUp));

        Clock.Advance(TimeSpan.FromMilliseconds(1));

        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.WrapUp);
        Assert.Equal("One interview is not a verdict.", entry?.Takeaway);
    }

    [Fact]
    public async Task ATooLongTakeawayShowsTheMessageBesideTheFieldAndIsNotSaved()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "wrap-up");

        cut.Find("#takeaway").Input(new string('t', 300));
        Clock.Advance(TypingPause);

        cut.WaitForAssertion(() => Assert.Equal("Not saved: please check the message below.", Indicator(cut)));
        var field = cut.Find("#takeaway");
        Assert.Contains("is-invalid", field.ClassList);
        Assert.Equal("takeaway-error", field.GetAttribute("aria-describedby"));
        Assert.Equal("Keep the takeaway to one line: at most 280 characters.", cut.Find("#takeaway-error").TextContent);
        Assert.Null((await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.WrapUp));
    }

    [Fact]
    public async Task ARevisitDatePickedFromTheCalendarIsSaved()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "wrap-up");

        cut.Find("#revisit-on").Change("2026-06-01");

        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.WrapUp);
        Assert.Equal(new DateOnly(2026, 6, 1), entry?.RevisitOn);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public async Task TheRevisitDateIsReadAndShownInIsoFormatInAnyCulture(string culture)
    {
        var id = await CreateRejectionAsync(Alice);
        using var scope = new CultureScope(culture);
        var cut = RenderStep(id, "wrap-up");

        cut.Find("#revisit-on").Change("2026-06-01");

        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        Assert.Equal("2026-06-01", cut.Find("#revisit-on").GetAttribute("value"));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.WrapUp);
        Assert.Equal(new DateOnly(2026, 6, 1), entry?.RevisitOn);
    }

    [Fact]
    public async Task JournalTextFromTheEditorIsSaved()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "feedback");
        var editor = cut.FindComponent<JournalEditor>();

        var saved = await cut.InvokeAsync(() => editor.Instance.OnTextChanged("Asked the recruiter for **feedback**."));

        Assert.True(saved);
        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.Feedback);
        Assert.Equal("Asked the recruiter for **feedback**.", entry?.Text);
        Assert.Equal(1, entry?.Version);
    }

    [Fact]
    public async Task AHundredThousandCharacterEntryStreamedFromTheBrowserIsSavedIntact()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "experience");
        var editor = cut.FindComponent<JournalEditor>();
        var text = SampleText.Long(100_000);

        var saved = await cut.InvokeAsync(() =>
            editor.Instance.ReceiveText(new FakeJSStreamReference(text), text.Length, Encoding.UTF8.GetByteCount(text)));

        Assert.True(saved);
        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.Experience);
        Assert.Equal(text, entry?.Text);
    }

    [Fact]
    public async Task TextOverTheLimitShowsTheMessageAndKeepsTheSavedText()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveStepAsync(Alice, id, ReflectionStep.Experience, new StepAnswer("Saved before"));
        var cut = RenderStep(id, "experience");
        var editor = cut.FindComponent<JournalEditor>();
        var length = StepAnswer.MaxTextLength + 1;
        var stream = new FakeJSStreamReference(new string('x', length));

        var saved = await cut.InvokeAsync(() => editor.Instance.ReceiveText(stream, length, length));

        Assert.False(saved);
        Assert.False(stream.Opened);
        cut.WaitForAssertion(() => Assert.Equal("Not saved: please check the message below.", Indicator(cut)));
        var count = length.ToString("N0", CultureInfo.CurrentCulture);
        Assert.StartsWith($"This entry is {count} characters;", cut.Find("#journal-text-error").TextContent);
        Assert.Equal("true", cut.Find("#journal-text").GetAttribute("aria-invalid"));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.Experience);
        Assert.Equal("Saved before", entry?.Text);
    }

    [Fact]
    public async Task ASaveFromAnotherTabIsAConflictAndKeepingMineSavesOverIt()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "check-in");
        await SaveStepAsync(Alice, id, ReflectionStep.CheckIn, new StepAnswer("From the other tab", Mood: 1));

        cut.Find("#mood-4").Change("4");

        cut.WaitForAssertion(() => Assert.Equal("Not saved: this step was changed in another tab or window.", Indicator(cut)));
        Assert.Equal(1, (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.CheckIn)!.Mood);

        FindButton(cut, "Keep what I see here").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved", Indicator(cut)));
        var entry = (await Reflections.GetAsync(Alice, id))!.EntryFor(ReflectionStep.CheckIn);
        Assert.Equal(4, entry?.Mood);
        Assert.Equal(2, entry?.Version);
    }

    [Fact]
    public async Task AfterAConflictShowingTheSavedVersionLoadsItIntoThePage()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "check-in");
        await SaveStepAsync(Alice, id, ReflectionStep.CheckIn, new StepAnswer("From the other tab", Mood: 1));
        cut.Find("#mood-4").Change("4");
        cut.WaitForAssertion(() => Assert.Equal("Not saved: this step was changed in another tab or window.", Indicator(cut)));

        FindButton(cut, "Show the saved version").Click();

        cut.WaitForAssertion(() => Assert.Equal("Changes save automatically.", Indicator(cut)));
        Assert.True(cut.Find("#mood-1").HasAttribute("checked"));
        Assert.False(cut.Find("#mood-4").HasAttribute("checked"));
        var replace = EditorModule.VerifyInvoke("replaceText");
        Assert.Equal("From the other tab", replace.Arguments[1]);

        // Further drafts in the browser are kept against the version that was just loaded.
        cut.WaitForAssertion(() => Assert.Equal(1, EditorModule.Invocations["setVersion"].Last().Arguments[1]));
    }

    [Fact]
    public async Task AnotherUsersRejectionIsNotFound()
    {
        var id = await CreateRejectionAsync(Bob, company: "Bob's Secret Employer");

        var cut = RenderStep(id, "check-in");

        Assert.Equal("Reflection not found", cut.Find("h1").TextContent);
        Assert.DoesNotContain("Bob's Secret Employer", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("textarea"));
    }

    [Fact]
    public async Task AnUnknownStepIsNotFound()
    {
        var id = await CreateRejectionAsync(Alice);

        var cut = RenderStep(id, "no-such-step");

        Assert.Equal("Reflection not found", cut.Find("h1").TextContent);
    }

    private static string Indicator(IRenderedComponent<ReflectStepPage> cut) => cut.Find(".save-indicator").TextContent.Trim();

    private static string LabelFor(IRenderedComponent<ReflectStepPage> cut, IElement field) =>
        cut.Find($"label[for='{field.Id}']").TextContent.Trim();

    private static IElement FindButton(IRenderedComponent<ReflectStepPage> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private IRenderedComponent<ReflectStepPage> RenderStep(int id, string slug)
    {
        var cut = Render<ReflectStepPage>(p => p.Add(x => x.Id, id).Add(x => x.Slug, slug));
        cut.WaitForElement("h1");
        return cut;
    }
}
