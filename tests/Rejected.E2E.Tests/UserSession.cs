using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

/// <summary>What a person does in the browser, in a few readable steps.</summary>
public static class UserSession
{
    public const string Password = "Quiet-Harbour-42";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    public static async Task SignUpAsync(IPage page, string email)
    {
        await page.GotoAsync("Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    /// <summary>Waits until the prerendered page has its live connection, so clicks and typing reach the server.</summary>
    public static async Task WaitForInteractiveAsync(IPage page) =>
        await Expect(page.Locator(".page-root[data-interactive=true]")).ToBeVisibleAsync();

    public static async Task<int> RecordRejectionAsync(IPage page, string company, string role, string? decidedOn = null)
    {
        await page.GotoAsync("reflections/new");
        await WaitForInteractiveAsync(page);
        await page.GetByLabel("Company").FillAsync(company);
        await page.GetByLabel("Role title").FillAsync(role);
        if (decidedOn is not null)
        {
            await page.GetByLabel("Decision date").FillAsync(decidedOn);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Start reflecting" }).ClickAsync();
        try
        {
            await Expect(page).ToHaveURLAsync(new Regex("/reflections/\\d+/check-in$"), new() { Timeout = 15_000 });
        }
        catch (PlaywrightException)
        {
            await DumpAsync(page, "record-rejection");
            throw;
        }
        return int.Parse(new Regex("/reflections/(\\d+)/").Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Leaves a screenshot and the page's HTML in the temp folder, for failures that only show under load.</summary>
    public static async Task DumpAsync(IPage page, string name)
    {
        var stem = Path.Combine(Path.GetTempPath(), $"rejected-e2e-{name}-{DateTime.UtcNow:HHmmss}");
        await page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true });
        await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
    }

    /// <summary>Types into the step's journal and waits for the visible "Saved" status.</summary>
    public static async Task WriteJournalAsync(IPage page, string label, string text)
    {
        var editor = page.GetByLabel(label);
        await Expect(editor).ToHaveAttributeAsync("data-autosave", "ready");
        await editor.FillAsync(text);
        await Expect(editor).ToHaveAttributeAsync("data-autosave", "saved", new() { Timeout = 15_000 });
        await ExpectSavedAsync(page);
    }

    public static async Task ExpectSavedAsync(IPage page) =>
        await Expect(page.Locator(".save-indicator")).ToHaveAttributeAsync("data-save-state", "Saved", new() { Timeout = 15_000 });
}
