using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class ReviewAtScaleTests(AppFixture app)
{
    [Fact]
    public async Task SearchFiltersInsightsAndRevisitsWorkFromTheBrowser()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("scale"));

        // Two reflections whose feedback shares a theme, one with a distinctive word in its journal.
        var first = await UserSession.RecordRejectionAsync(page, "Aurora Bank", "Data Analyst", "2026-09-14");
        await AddFeedbackAsync(page, first, "Stakeholder communication was unclear");
        await page.GotoAsync($"reflections/{first}/experience");
        await UserSession.WaitForInteractiveAsync(page);
        await UserSession.WriteJournalAsync(page, "Your plan at work", "Volunteer for the quarterly zeppelin forecast review.");

        var second = await UserSession.RecordRejectionAsync(page, "Borealis Health", "Analytics Engineer", "2026-10-03");
        await AddFeedbackAsync(page, second, "Needs clearer stakeholder communication");

        // Search finds the word written in a step, with a highlighted snippet, and hostile text is just text.
        await page.GotoAsync("search");
        await page.GetByLabel("Words to find").FillAsync("zeppelin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("search\\?q=zeppelin"));
        var hit = page.Locator(".search-results li").First;
        await Expect(hit).ToContainTextAsync("Data Analyst at Aurora Bank");
        await Expect(hit.Locator("mark")).ToHaveTextAsync("zeppelin");
        await page.GotoAsync("search?q=" + Uri.EscapeDataString("zepp* \"forecast review\" -( ^ \""));
        await Expect(page.Locator(".search-results li").First).ToContainTextAsync("Aurora Bank");
        await page.GotoAsync("search?q=" + Uri.EscapeDataString("\") OR NEAR(a b) (\"*"));
        await Expect(page.GetByText("Nothing found for")).ToBeVisibleAsync();

        // Filters change the list and the URL.
        await page.GotoAsync("journal");
        await Expect(page.Locator(".rejection-list li")).ToHaveCountAsync(2);
        await page.GetByLabel("Company").FillAsync("Borealis Health");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("company=Borealis(\\+|%20)Health"));
        await Expect(page.Locator(".rejection-list li")).ToHaveCountAsync(1);
        await Expect(page.Locator(".rejection-list li")).ToContainTextAsync("Analytics Engineer");
        await page.GotoAsync("journal?view=timeline");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "October 2026" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "September 2026" })).ToBeVisibleAsync();

        // Insights show the recurring category and theme.
        await page.GetByRole(AriaRole.Link, new() { Name = "Insights" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Insights", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".themes")).ToContainTextAsync("stakeholder communication");
        await Expect(page.Locator(".themes")).ToContainTextAsync("2 rejections");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Feedback categories" })).ToBeVisibleAsync();

        // A revisit that is due shows on home; the note is saved and shows in review and search.
        await page.GotoAsync($"reflections/{first}/wrap-up");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByLabel("Come back to this on").FillAsync("2026-01-02");
        await UserSession.ExpectSavedAsync(page);
        await page.GotoAsync("");
        await page.GetByRole(AriaRole.Link, new() { Name = "Revisit Data Analyst at Aurora Bank" }).ClickAsync();
        await UserSession.WaitForInteractiveAsync(page);
        await UserSession.WriteJournalAsync(page, "What has changed since?", "Led the forecast review; felt like a kaleidoscope of progress.");
        await page.GotoAsync("");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Revisit Data Analyst at Aurora Bank" })).ToHaveCountAsync(0);
        await page.GotoAsync($"journal/{first}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Revisits" })).ToBeVisibleAsync();
        await Expect(page.GetByText("felt like a kaleidoscope of progress")).ToBeVisibleAsync();
        await page.GotoAsync("search?q=kaleidoscope");
        await Expect(page.Locator(".search-results li").First).ToContainTextAsync("Revisit note");

        // Another account finds nothing of this one.
        await using var otherContext = await app.NewContextAsync();
        var other = await otherContext.NewPageAsync();
        await UserSession.SignUpAsync(other, UserSession.NewEmail("scale-other"));
        await other.GotoAsync("search?q=zeppelin");
        await Expect(other.GetByText("Nothing found for")).ToBeVisibleAsync();
        await other.GotoAsync("insights");
        await Expect(other.GetByText("Nothing to compare yet")).ToBeVisibleAsync();
    }

    private static async Task AddFeedbackAsync(IPage page, int id, string said)
    {
        await page.GotoAsync($"reflections/{id}/feedback");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add feedback" }).ClickAsync();
        var item = page.Locator("[data-list=received] > li").Last;
        await item.GetByLabel("What was said").FillAsync(said);
        await item.GetByLabel("Category").SelectOptionAsync("Communication");
        await UserSession.ExpectSavedAsync(page);
    }
}
