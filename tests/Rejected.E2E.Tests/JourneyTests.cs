using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class JourneyTests(AppFixture app)
{
    [Fact]
    public async Task APersonRecordsARejectionWalksEveryStepReviewsAndExportsIt()
    {
        await using var context = await app.NewContextAsync(acceptDownloads: true);
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("ada"));

        var id = await UserSession.RecordRejectionAsync(page, "Nordlys: \"Data\" #1", "Staff Engineer", "2026-11-20");

        // Check-in
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check-in", Level = 1 })).ToBeVisibleAsync();
        await page.GetByText("2 · Low").ClickAsync();
        await UserSession.ExpectSavedAsync(page);
        await UserSession.WriteJournalAsync(page, "Let it out", "Honestly *gutted*. The final loop felt good.");

        // The four middle steps, walked with Next.
        var steps = new (string Heading, string Label, string Text)[]
        {
            ("1 · Ask for feedback", "Notes on feedback", "Ask the recruiter, Mia, for feedback on the system design round."),
            ("2 · Choose what to change", "Thinking it through", "- Sharpen system design answers\n- Skip the master's degree for now"),
            ("3 · Grow where you are", "Your plan at work", "Lead the billing migration from design to release."),
            ("4 · Rethink the role", "What you think now", "Staff here means org-wide scope; elsewhere it's a team lead."),
        };
        foreach (var (heading, label, text) in steps)
        {
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Next:") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await UserSession.WaitForInteractiveAsync(page);
            await UserSession.WriteJournalAsync(page, label, text);
        }

        // Wrap-up
        await page.GetByRole(AriaRole.Link, new() { Name = "Next: Wrap-up →" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wrap-up", Level = 1 })).ToBeVisibleAsync();
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByLabel("Your one-line takeaway").FillAsync("Design answers need structure, not more years.");
        await UserSession.ExpectSavedAsync(page);
        await page.GetByText("4 · Steady").ClickAsync();
        await UserSession.ExpectSavedAsync(page);
        await page.GetByLabel("Come back to this on").FillAsync("2027-02-01");
        await UserSession.ExpectSavedAsync(page);
        await UserSession.WriteJournalAsync(page, "Closing thoughts", "Look at platform teams too.");
        await Expect(page.GetByText("6 of 6 steps done")).ToBeVisibleAsync();

        if (Environment.GetEnvironmentVariable("REJECTED_UPDATE_SCREENSHOTS") == "1")
        {
            await page.GotoAsync($"reflections/{id}/feedback");
            await UserSession.WaitForInteractiveAsync(page);
            await page.ScreenshotAsync(new() { Path = DocsPath("screenshot-step.png"), FullPage = true });
        }

        // Reload: everything is still there.
        await page.GotoAsync($"reflections/{id}/check-in");
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Let it out")).ToHaveValueAsync("Honestly *gutted*. The final loop felt good.");
        await Expect(page.Locator("#mood-2")).ToBeCheckedAsync();
        await page.GotoAsync($"reflections/{id}/wrap-up");
        await Expect(page.GetByLabel("Your one-line takeaway")).ToHaveValueAsync("Design answers need structure, not more years.");
        await Expect(page.GetByLabel("Come back to this on")).ToHaveValueAsync("2027-02-01");

        // Review: journal list, then the detail page with Markdown rendered.
        await page.GotoAsync("journal");
        var row = page.Locator(".rejection-list li").Filter(new() { HasText = "Staff Engineer" });
        await Expect(row).ToContainTextAsync("6/6 steps done");
        await Expect(row).ToContainTextAsync("Mood 2/5 → 4/5");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Staff Engineer at Nordlys: \"Data\" #1", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".markdown-body em").First).ToHaveTextAsync("gutted");
        await Expect(page.Locator(".markdown-body li").Filter(new() { HasText = "Sharpen system design answers" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Design answers need structure, not more years.")).ToBeVisibleAsync();

        // Export: the downloaded file has parseable front matter and every step.
        await UserSession.WaitForInteractiveAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download as Markdown" }).ClickAsync());
        Assert.Equal("nordlys-data-1-staff-engineer-2026-11-20.md", download.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync(await download.PathAsync());
        var frontMatter = FrontMatter(markdown);
        Assert.Equal("Nordlys: \"Data\" #1", frontMatter["company"]);
        Assert.Equal("Staff Engineer", frontMatter["role"]);
        Assert.Equal("2026-11-20", frontMatter["decided_on"]);
        Assert.Equal("2", frontMatter["mood_before"]);
        Assert.Equal("4", frontMatter["mood_after"]);
        Assert.Contains("## 3 · Grow where you are", markdown, StringComparison.Ordinal);
        Assert.Contains("Lead the billing migration from design to release.", markdown, StringComparison.Ordinal);
        Assert.Contains("- Sharpen system design answers\n- Skip the master's degree for now", markdown, StringComparison.Ordinal);

        // A second person sees nothing of the first.
        await using var otherContext = await app.NewContextAsync();
        var other = await otherContext.NewPageAsync();
        await UserSession.SignUpAsync(other, UserSession.NewEmail("bo"));
        await other.GotoAsync("journal");
        await Expect(other.GetByText("Nothing here yet")).ToBeVisibleAsync();
        await Expect(other.GetByText("Nordlys")).ToHaveCountAsync(0);
        await other.GotoAsync($"journal/{id}");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Reflection not found" })).ToBeVisibleAsync();
        await other.GotoAsync($"reflections/{id}/check-in");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Reflection not found" })).ToBeVisibleAsync();
        var export = await other.APIRequest.GetAsync($"journal/{id}/export.md");
        Assert.Equal(404, export.Status);

        // The server logged the requests, but none of the journal's words nor the password.
        var logs = app.ReadLogs();
        Assert.Contains("/journal", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("gutted", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("billing migration", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(UserSession.Password, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedOutVisitorsAreSentToSignInAndBackAfterwards()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var email = UserSession.NewEmail("cy");
        await UserSession.SignUpAsync(page, email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.GotoAsync("journal");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login\\?ReturnUrl=%2Fjournal"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(UserSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/journal$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your journal" })).ToBeVisibleAsync();
    }

    private static Dictionary<string, string> FrontMatter(string markdown)
    {
        Assert.StartsWith("---\n", markdown, StringComparison.Ordinal);
        var end = markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(markdown[4..end]));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return root.Children
            .Where(kv => kv.Value is YamlScalarNode)
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? "");
    }

    internal static string DocsPath(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Rejected.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Rejected.sln not found above the test output."), "docs", fileName);
    }
}
