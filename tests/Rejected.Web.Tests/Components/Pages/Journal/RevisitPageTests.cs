using System.Text;
using Bunit;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Pages.Journal;
using Rejected.Web.Components.Shared;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Journal;

public sealed class RevisitPageTests : JournalComponentTest
{
    [Fact]
    public async Task ShowsWhatWasWrittenThenBesideTheNewNote()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");
        await SaveStepAsync(Alice, id, ReflectionStep.CheckIn, new StepAnswer("It stings.", Mood: 2));
        await SaveStepAsync(Alice, id, ReflectionStep.Feedback, new StepAnswer("Asked the **recruiter**."));
        await SaveStepAsync(Alice, id, ReflectionStep.WrapUp, new StepAnswer("", Mood: 4, Takeaway: "One interview is not a verdict.", RevisitOn: new DateOnly(2026, 3, 1)));

        var cut = RenderPage(id);

        Assert.Equal("Looking back", cut.Find("h1").TextContent);
        Assert.Equal("Backend Engineer at Contoso", cut.Find($"a[href='journal/{id}']").TextContent);
        Assert.Equal(StepGuide.All.Select(g => g.Title), cut.FindAll("section.review-step h2").Select(h => h.TextContent));
        Assert.Equal("recruiter", Assert.Single(cut.FindAll("section.review-step .markdown-body strong")).TextContent);
        Assert.Contains("It stings.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("One interview is not a verdict.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("section.review-step a[aria-label^='Edit']"));
        Assert.Equal("Your note of 15 March 2026", cut.Find("#new-note-heading").TextContent);
        Assert.Equal("What has changed since?", cut.Find("label[for='revisit-text']").TextContent);
        Assert.Equal("", cut.Find("textarea#revisit-text").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task ANoteFromTheEditorIsSavedAsARevisitEntry()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderPage(id);
        var editor = cut.FindComponent<JournalEditor>();
        const string Text = "Three months on, I lead the **migration**.";

        var saved = await cut.InvokeAsync(() =>
            editor.Instance.ReceiveText(new FakeJSStreamReference(Text), Text.Length, Encoding.UTF8.GetByteCount(Text)));

        Assert.True(saved);
        cut.WaitForAssertion(() => Assert.Equal("Saved", cut.Find(".save-indicator").TextContent.Trim()));
        var note = Assert.Single((await Reflections.GetAsync(Alice, id))!.Revisits);
        Assert.Equal(Text, note.Text);
        Assert.Equal(ReflectionStep.Revisit, note.Step);
        Assert.Equal(Now, note.CreatedAt);
        Assert.Equal(1, note.Version);
    }

    [Fact]
    public async Task SavingAgainUpdatesTheSameNote()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderPage(id);
        var editor = cut.FindComponent<JournalEditor>();

        await cut.InvokeAsync(() => editor.Instance.OnTextChanged("First draft."));
        var saved = await cut.InvokeAsync(() => editor.Instance.OnTextChanged("Second draft."));

        Assert.True(saved);
        var note = Assert.Single((await Reflections.GetAsync(Alice, id))!.Revisits);
        Assert.Equal(("Second draft.", 2), (note.Text, note.Version));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindComponent<JournalEditor>().Instance.Version));
    }

    [Fact]
    public async Task ComingBackTheSameDayContinuesThatDaysNote()
    {
        var id = await CreateRejectionAsync(Alice);
        await Reflections.SaveRevisitAsync(Alice, id, null, "Earlier today.", 0);

        var cut = RenderPage(id);
        await cut.InvokeAsync(() => cut.FindComponent<JournalEditor>().Instance.OnTextChanged("Earlier today, and more."));

        Assert.Equal("Earlier today.", cut.FindComponent<JournalEditor>().Instance.InitialText);
        var note = Assert.Single((await Reflections.GetAsync(Alice, id))!.Revisits);
        Assert.Equal("Earlier today, and more.", note.Text);
    }

    [Fact]
    public async Task ANoteOnALaterDayIsANewEntry()
    {
        var id = await CreateRejectionAsync(Alice);
        await Reflections.SaveRevisitAsync(Alice, id, null, "Last month.", 0);
        Clock.Advance(TimeSpan.FromDays(30));

        var cut = RenderPage(id);
        await cut.InvokeAsync(() => cut.FindComponent<JournalEditor>().Instance.OnTextChanged("This month."));

        var notes = (await Reflections.GetAsync(Alice, id))!.Revisits.Select(n => n.Text);
        Assert.Equal(["Last month.", "This month."], notes);
    }

    [Fact]
    public async Task TheNextRevisitDateIsSaved()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderPage(id);

        cut.Find("#next-revisit").Change("2026-06-01");
        cut.FindAll("button").Single(b => b.TextContent == "Set the date").Click();

        cut.WaitForAssertion(() => Assert.Equal("We'll remind you on 1 June 2026.", cut.FindAll("p[role='status']").Last().TextContent));
        Assert.Equal(new DateOnly(2026, 6, 1), (await Reflections.GetAsync(Alice, id))!.RevisitOn);
    }

    [Fact]
    public async Task AnotherUsersReflectionIsNotFound()
    {
        var id = await CreateRejectionAsync(Bob, company: "Bob's Secret Employer");

        var cut = RenderPage(id);

        Assert.Equal("Reflection not found", cut.Find("h1").TextContent);
        Assert.DoesNotContain("Bob's Secret Employer", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("textarea"));
    }

    private IRenderedComponent<RevisitPage> RenderPage(int id)
    {
        var cut = Render<RevisitPage>(p => p.Add(x => x.Id, id));
        cut.WaitForElement("h1");
        return cut;
    }
}
