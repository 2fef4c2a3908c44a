using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class ToolsTests(AppFixture app)
{
    [Fact]
    public async Task EveryToolIsFilledSurvivesAReloadAndShowsInReviewExportAndTheGrowthPlan()
    {
        await using var context = await app.NewContextAsync(acceptDownloads: true);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl.TrimEnd('/') });
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("tools"));
        var id = await UserSession.RecordRejectionAsync(page, "Kestrel Labs", "Platform Engineer", "2026-11-02");

        // Step 1: a person to ask, a drafted request, and feedback received.
        await page.GotoAsync($"reflections/{id}/feedback");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add a person" }).ClickAsync();
        var person = page.Locator("[data-list=people] > li").Nth(0);
        await person.GetByLabel("Name or role").FillAsync("Mia Chen");
        await person.GetByLabel("Relationship").SelectOptionAsync("Recruiter");
        await person.GetByRole(AriaRole.Button, new() { Name = "Draft a request to Mia Chen" }).ClickAsync();
        await Expect(person.GetByLabel("Message to Mia Chen")).ToHaveValueAsync(new Regex("^Hello Mia Chen,[\\s\\S]*Platform Engineer role at Kestrel Labs"));
        await person.GetByRole(AriaRole.Button, new() { Name = "Copy to clipboard" }).ClickAsync();
        await Expect(person.GetByText("Copied.")).ToBeVisibleAsync();
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("Feedback on my application for the Platform Engineer role at Kestrel Labs", clipboard, StringComparison.Ordinal);
        Assert.StartsWith("mailto:?subject=", await person.GetByRole(AriaRole.Link, new() { Name = "Open in mail app" }).GetAttributeAsync("href"), StringComparison.Ordinal);
        await person.GetByRole(AriaRole.Button, new() { Name = "Mark as asked today" }).ClickAsync();
        await Expect(person.GetByLabel("Status")).ToHaveValueAsync("Asked");

        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add feedback" }).ClickAsync();
        var feedback = page.Locator("[data-list=received] > li").Nth(0);
        await feedback.GetByLabel("What was said").FillAsync("System design answers lacked structure");
        await feedback.GetByLabel("From whom").FillAsync("Mia");
        await feedback.GetByLabel("Category").SelectOptionAsync("Skill set");
        await feedback.GetByLabel("Do you agree?").SelectOptionAsync("Partly");
        await UserSession.ExpectSavedAsync(page);

        // Step 2: one change from the feedback, one by hand; the ranking follows the ratings.
        await page.GotoAsync($"reflections/{id}/priorities");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add as a change: System design answers lacked structure" }).ClickAsync();
        var first = page.Locator("[data-list=changes] > li").Nth(0);
        await Expect(first.GetByLabel("The change")).ToHaveValueAsync("System design answers lacked structure");
        await first.GetByLabel("Can I realistically do this? (1–5)").SelectOptionAsync("4");
        await first.GetByLabel("How much would it matter? (1–5)").SelectOptionAsync("5");
        await first.GetByLabel("Decision").SelectOptionAsync("Now");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add a change" }).ClickAsync();
        var second = page.Locator("[data-list=changes] > li").Nth(1);
        await second.GetByLabel("The change").FillAsync("Get a cloud certification");
        await second.GetByLabel("Kind").SelectOptionAsync("Certification");
        await second.GetByLabel("Can I realistically do this? (1–5)").SelectOptionAsync("2");
        await second.GetByLabel("How much would it matter? (1–5)").SelectOptionAsync("2");
        await second.GetByLabel("Decision").SelectOptionAsync("Later");
        await UserSession.ExpectSavedAsync(page);
        await Expect(page.Locator("#ranked-changes tbody tr").Nth(0)).ToContainTextAsync("System design answers lacked structure");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Priority matrix" })).ToBeVisibleAsync();

        // Reorder with the keyboard-reachable buttons.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move “Get a cloud certification” up" }).ClickAsync();
        await Expect(page.Locator("[data-list=changes] > li").Nth(0).GetByLabel("The change")).ToHaveValueAsync("Get a cloud certification");
        await UserSession.ExpectSavedAsync(page);

        // Step 3: an action linked to the change, already overdue.
        await page.GotoAsync($"reflections/{id}/experience");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add an action" }).ClickAsync();
        var action = page.Locator("[data-list=actions] > li").Nth(0);
        await action.GetByLabel("What you'll do").FillAsync("Run the design review for the billing service");
        await action.GetByLabel("The change it serves").SelectOptionAsync(new SelectOptionValue { Label = "System design answers lacked structure" });
        await action.GetByLabel("Kind of opportunity").SelectOptionAsync("Own something from start to release");
        await action.GetByLabel("Who to talk to").FillAsync("Priya, my lead");
        await action.GetByLabel("Target date").FillAsync("2026-01-15");
        await UserSession.ExpectSavedAsync(page);

        // Step 4: appeal lists, verdict, level comparison, variation.
        await page.GotoAsync($"reflections/{id}/role-fit");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add what appealed" }).ClickAsync();
        await page.GetByLabel("What appealed: item 1").FillAsync("Owning the deploy pipeline");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add what didn't appeal" }).ClickAsync();
        await page.GetByLabel("What didn't: item 1").FillAsync("On-call every other week");
        await page.GetByText("Maybe", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Why do you say so?").FillAsync("Great team, heavy on-call.");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add a company's level" }).ClickAsync();
        var level = page.Locator("[data-list=levels] > li").Nth(0);
        await level.GetByLabel("Company").FillAsync("Fjord | Cloud");
        await level.GetByLabel("Title", new() { Exact = true }).FillAsync("Senior");
        await level.GetByLabel("Scope or expectations").FillAsync("Leads one team");
        await level.GetByLabel("Your read").FillAsync("Matches my level");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add a variation" }).ClickAsync();
        await page.Locator("[data-list=variations] > li").Nth(0).GetByLabel("Company").FillAsync("Northwind");
        await page.Locator("[data-list=variations] > li").Nth(0).GetByLabel("Team or role to look at").FillAsync("Developer productivity");
        await UserSession.ExpectSavedAsync(page);

        // Wrap-up: another discipline worth a look.
        await page.GotoAsync($"reflections/{id}/wrap-up");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add a group or discipline" }).ClickAsync();
        await page.GetByLabel("Other groups and disciplines worth a look: item 1").FillAsync("Site reliability");
        await UserSession.ExpectSavedAsync(page);

        if (Environment.GetEnvironmentVariable("REJECTED_UPDATE_SCREENSHOTS") == "1")
        {
            await page.GotoAsync($"reflections/{id}/priorities");
            await UserSession.WaitForInteractiveAsync(page);
            await page.ScreenshotAsync(new() { Path = JourneyTests.DocsPath("screenshot-priorities.png"), FullPage = true });
        }

        // Reload: the tools come back as they were.
        await page.GotoAsync($"reflections/{id}/feedback");
        await page.ReloadAsync();
        await UserSession.WaitForInteractiveAsync(page);
        await Expect(page.Locator("[data-list=people] > li").Nth(0).GetByLabel("Name or role")).ToHaveValueAsync("Mia Chen");
        await Expect(page.Locator("[data-list=received] > li").Nth(0).GetByLabel("Do you agree?")).ToHaveValueAsync("Partly");
        await page.GotoAsync($"reflections/{id}/role-fit");
        await Expect(page.Locator("[data-list=levels] > li").Nth(0).GetByLabel("Company")).ToHaveValueAsync("Fjord | Cloud");
        await Expect(page.Locator("#verdict-Maybe")).ToBeCheckedAsync();

        // Review shows the structured data.
        await page.GotoAsync($"journal/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People to ask" })).ToBeVisibleAsync();
        await Expect(page.Locator(".review-tool").GetByText("Mia Chen")).ToBeVisibleAsync();
        await Expect(page.Locator(".review-tool table td").Filter(new() { HasText = "Fjord | Cloud" })).ToBeVisibleAsync();
        await Expect(page.Locator(".review-tool").GetByText("Site reliability")).ToBeVisibleAsync();

        // The export carries every tool.
        await UserSession.WaitForInteractiveAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download as Markdown" }).ClickAsync());
        var markdown = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("### People to ask", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Mia Chen** — Recruiter · Asked", markdown, StringComparison.Ordinal);
        Assert.Contains("1. **System design answers lacked structure** — Skill · can do it: 4/5 · would matter: 5/5 · decision: now", markdown, StringComparison.Ordinal);
        Assert.Contains("for: System design answers lacked structure", markdown, StringComparison.Ordinal);
        Assert.Contains("| Fjord \\| Cloud | Senior | Leads one team | Matches my level |", markdown, StringComparison.Ordinal);
        Assert.Contains("- Site reliability", markdown, StringComparison.Ordinal);

        // The growth plan lists the action as overdue and a status change sticks.
        await page.GetByRole(AriaRole.Link, new() { Name = "Growth plan" }).ClickAsync();
        await UserSession.WaitForInteractiveAsync(page);
        var planned = page.Locator("li.card").Filter(new() { HasText = "Run the design review for the billing service" });
        await Expect(planned.GetByText("Overdue")).ToBeVisibleAsync();
        await Expect(planned).ToContainTextAsync("For: System design answers lacked structure");
        await planned.GetByLabel("Status").SelectOptionAsync("Done");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is now done" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await UserSession.WaitForInteractiveAsync(page);
        var done = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Done") }) });
        await Expect(done.GetByText("Run the design review for the billing service")).ToBeVisibleAsync();
        await Expect(done.GetByText("Overdue")).ToHaveCountAsync(0);
    }
}
