using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

/// <summary>Every page, on a 375 px phone screen in light and dark mode: axe finds nothing serious, nothing scrolls sideways.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppFixture app)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryPageIsAccessibleOnAPhone(ColorScheme scheme)
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();

        await CheckAsync(page, "");
        await CheckAsync(page, "Account/Login");
        await CheckAsync(page, "Account/Register");

        await UserSession.SignUpAsync(page, UserSession.NewEmail("axe"));
        await CheckAsync(page, "journal");

        await page.GotoAsync("reflections/new");
        await UserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start reflecting" }).ClickAsync();
        await Expect(page.GetByText("Please enter the company's name.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "reflections/new (with errors)");

        var id = await UserSession.RecordRejectionAsync(page, "Löwe & Söhne", "Product Designer");
        foreach (var slug in new[] { "check-in", "feedback", "priorities", "experience", "role-fit", "wrap-up" })
        {
            await page.GotoAsync($"reflections/{id}/{slug}");
            await UserSession.WaitForInteractiveAsync(page);
            await AssertAccessibleAsync(page, slug);
        }

        await UserSession.WriteJournalAsync(page, "Closing thoughts", "**Bold** and a [link](https://example.com).");
        await CheckAsync(page, $"journal/{id}");
        await CheckAsync(page, "journal");
        await CheckAsync(page, "");
        await CheckAsync(page, $"reflections/{id}/details");
        await CheckAsync(page, "search?q=bold");
        await CheckAsync(page, "search?q=nothingmatchesthis");
        await CheckAsync(page, "insights");
        await CheckAsync(page, "journal?view=timeline&sort=company");
        await CheckAsync(page, "journal?company=nobody");
        await CheckAsync(page, $"journal/{id}/revisit");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task FilledToolsAndTheGrowthPlanAreAccessibleOnAPhone(ColorScheme scheme)
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("axe-tools"));
        var id = await UserSession.RecordRejectionAsync(page, "Axe & Co", "Support Lead");

        var toolLists = new (string Slug, string[] AddButtons)[]
        {
            ("feedback", ["+ Add a person", "+ Add feedback"]),
            ("priorities", ["+ Add a change", "+ Add a change"]),
            ("experience", ["+ Add an action"]),
            ("role-fit", ["+ Add what appealed", "+ Add what didn't appeal", "+ Add a company's level", "+ Add a variation"]),
            ("wrap-up", ["+ Add a group or discipline"]),
        };
        foreach (var (slug, buttons) in toolLists)
        {
            await page.GotoAsync($"reflections/{id}/{slug}");
            await UserSession.WaitForInteractiveAsync(page);
            foreach (var button in buttons)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            }

            if (slug == "feedback")
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Draft a request to this person" }).ClickAsync();
            }

            if (slug == "priorities")
            {
                var changes = page.Locator("[data-list=changes] > li");
                await changes.Nth(0).GetByLabel("The change").FillAsync("Practise interviews");
                await changes.Nth(0).GetByLabel("Can I realistically do this? (1–5)").SelectOptionAsync("4");
                await changes.Nth(0).GetByLabel("How much would it matter? (1–5)").SelectOptionAsync("5");
                await changes.Nth(1).GetByLabel("The change").FillAsync("A certificate");
                await changes.Nth(1).GetByLabel("Decision").SelectOptionAsync("Drop");
            }

            if (slug == "experience")
            {
                var action = page.Locator("[data-list=actions] > li").Nth(0);
                await action.GetByLabel("What you'll do").FillAsync("Pair with the platform team");
                await action.GetByLabel("Target date").FillAsync("2026-01-10");
            }

            await UserSession.ExpectSavedAsync(page);
            await AssertAccessibleAsync(page, $"{slug} with items");
        }

        await CheckAsync(page, "plan");
        await CheckAsync(page, $"journal/{id}");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task TheDataPageIsAccessibleOnAPhoneWithItsMessages(ColorScheme scheme)
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("axe-data"));
        await CheckAsync(page, "data");

        await page.GetByLabel("File to import").SetInputFilesAsync(new FilePayload
        {
            Name = "notes.txt",
            MimeType = "text/plain",
            Buffer = "Not an export."u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("'notes.txt' is not a file Rejected can import.");
        await AssertAccessibleAsync(page, "data (with errors)");

        var markdown = Rejected.Core.Export.ReflectionMarkdown.Write(
            new Rejected.Core.Reflections.Rejection { OwnerId = "", Company = "Axe Import Co", RoleTitle = "Tester" },
            DateTimeOffset.UnixEpoch);
        await page.GetByLabel("File to import").SetInputFilesAsync(new FilePayload
        {
            Name = "axe.md",
            MimeType = "text/markdown",
            Buffer = System.Text.Encoding.UTF8.GetBytes(markdown),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 reflection added");
        await AssertAccessibleAsync(page, "data (imported)");
    }

    private static async Task CheckAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        if (await page.Locator(".page-root").CountAsync() > 0)
        {
            await UserSession.WaitForInteractiveAsync(page);
        }

        await AssertAccessibleAsync(page, url);
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var results = await page.RunAxe();
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe on '{name}':\n{string.Join('\n', serious)}");

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"'{name}' is {scrollWidth} px wide at a 375 px viewport.");
    }
}
