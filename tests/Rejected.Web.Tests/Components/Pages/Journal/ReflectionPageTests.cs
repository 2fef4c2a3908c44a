using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Pages.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Journal;

public sealed class ReflectionPageTests : JournalComponentTest
{
    [Fact]
    public async Task ShowsTheFactsAndEveryStepsAnswers()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");
        await SaveStepAsync(Alice, id, ReflectionStep.CheckIn, new StepAnswer("It stings.", Mood: 2));
        await SaveStepAsync(Alice, id, ReflectionStep.WrapUp, new StepAnswer("Onwards.", Mood: 4, Takeaway: "One interview is not a verdict.", RevisitOn: new DateOnly(2026, 6, 1)));

        var cut = RenderPage(id);

        Assert.Equal("Backend Engineer at Contoso", cut.Find("h1").TextContent);
        Assert.Contains("10 March 2026", cut.Find("dl.facts").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 of 6 steps done", cut.Find("dl.facts").TextContent, StringComparison.Ordinal);
        Assert.Equal(StepGuide.All.Select(g => g.Title), cut.FindAll("section.review-step h2").Select(h => h.TextContent));
        var text = cut.Markup;
        Assert.Contains("2 of 5 (Low)", text, StringComparison.Ordinal);
        Assert.Contains("4 of 5 (Steady)", text, StringComparison.Ordinal);
        Assert.Contains("One interview is not a verdict.", text, StringComparison.Ordinal);
        Assert.Contains("1 June 2026", text, StringComparison.Ordinal);
        Assert.Equal($"journal/{id}/export.md", cut.FindAll("a").Single(a => a.TextContent == "Download as Markdown").GetAttribute("href"));
    }

    [Fact]
    public async Task OffersADownloadWithTheNamesReplacedForSharing()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso");

        var cut = RenderPage(id);

        var link = cut.FindAll("a[download]").Single(a => a.TextContent.StartsWith("Share redacted", StringComparison.Ordinal));
        Assert.Equal($"journal/{id}/export.md?redact=true", link.GetAttribute("href"));
        Assert.Equal("Share redacted (Markdown with names replaced)", link.TextContent);
    }

    [Fact]
    public async Task JournalTextIsRenderedAsMarkdownWithoutScriptsOrJavascriptLinks()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveStepAsync(Alice, id, ReflectionStep.Feedback, new StepAnswer(
            "**bold** move\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) and [docs](https://example.com/)\n\n<img src=x onerror=alert(1)>"));

        var cut = RenderPage(id);

        var body = cut.Find(".markdown-body");
        Assert.Equal("bold", body.QuerySelector("strong")?.TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.DoesNotContain(cut.FindAll("a[href]"), a => a.GetAttribute("href")!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("https://example.com/", body.QuerySelectorAll("a").Single(a => a.TextContent == "docs").GetAttribute("href"));
        Assert.DoesNotContain(cut.FindAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));

        // The raw HTML is shown as the text it is.
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsksForConfirmationFirst()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderPage(id);

        FindButton(cut, "Delete…").Click();

        var dialog = cut.Find("[role='alertdialog']");
        Assert.Equal("Delete this reflection?", dialog.QuerySelector("h2")?.TextContent);
        Assert.NotNull(await Reflections.GetAsync(Alice, id));

        // Focus goes to the safe choice.
        JSInterop.VerifyFocusAsyncInvoke();
    }

    [Fact]
    public async Task YesDeleteItDeletesAndReturnsToTheJournal()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveStepAsync(Alice, id, ReflectionStep.Feedback, new StepAnswer("Asked the recruiter."));
        var cut = RenderPage(id);
        FindButton(cut, "Delete…").Click();

        FindButton(cut, "Yes, delete it").Click();

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/journal", Navigation.Uri));
        Assert.Null(await Reflections.GetAsync(Alice, id));
    }

    [Fact]
    public async Task KeepItClosesTheQuestionAndDeletesNothing()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderPage(id);
        FindButton(cut, "Delete…").Click();

        FindButton(cut, "Keep it").Click();

        Assert.Empty(cut.FindAll("[role='alertdialog']"));
        Assert.NotNull(await Reflections.GetAsync(Alice, id));
        Assert.Equal("http://localhost/", Navigation.Uri);
    }

    [Fact]
    public async Task AnotherUsersRejectionIsNotFound()
    {
        var id = await CreateRejectionAsync(Bob, company: "Bob's Secret Employer");

        var cut = RenderPage(id);

        Assert.Equal("Reflection not found", cut.Find("h1").TextContent);
        Assert.DoesNotContain("Bob's Secret Employer", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("button"));
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private static IElement FindButton(IRenderedComponent<ReflectionPage> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private IRenderedComponent<ReflectionPage> RenderPage(int id)
    {
        var cut = Render<ReflectionPage>(p => p.Add(x => x.Id, id));
        cut.WaitForElement("h1");
        return cut;
    }
}
