using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class AutosaveTests(AppFixture app)
{
    [Fact]
    public async Task AHundredThousandCharacterEntrySavesIntactAndSurvivesAReload()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("long"));
        var id = await UserSession.RecordRejectionAsync(page, "Longform Ltd", "Writer");
        await page.GotoAsync($"reflections/{id}/feedback");
        await UserSession.WaitForInteractiveAsync(page);

        // Mixed scripts and emoji so multi-byte characters cross the stream's chunk boundaries.
        var line = "Feedback — ünïcödé, 日本語, emoji 🎉, and plain words. ";
        var text = string.Concat(Enumerable.Repeat(line, (100_000 / line.Length) + 1))[..100_000];
        await UserSession.WriteJournalAsync(page, "Notes on feedback", text);

        await page.ReloadAsync();
        await UserSession.WaitForInteractiveAsync(page);
        var saved = await page.Locator("#journal-text").InputValueAsync();
        Assert.Equal(100_000, saved.Length);
        Assert.Equal(text, saved);
        Assert.Equal(0, await page.Locator("#components-reconnect-modal[open]").CountAsync());
    }

    [Fact]
    public async Task TextTypedWhileTheServerIsUnreachableIsKeptAndSavedAfterAReload()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("offline"));
        var id = await UserSession.RecordRejectionAsync(page, "Offline Inc", "Engineer");
        await page.GotoAsync($"reflections/{id}/experience");
        await UserSession.WaitForInteractiveAsync(page);
        await Expect(page.Locator("#journal-text")).ToHaveAttributeAsync("data-autosave", "ready");

        // Cut the connection, then type: the text cannot reach the server.
        await context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => Blazor.disconnect && Blazor.disconnect()");
        await page.Locator("#journal-text").FillAsync("Written on a train with no signal.");
        await Expect(page.Locator("[data-offline-for=journal-text]")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        // Back online, the person reloads: the draft kept in the browser is restored and saved.
        await context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await UserSession.WaitForInteractiveAsync(page);
        await Expect(page.Locator("#journal-text")).ToHaveAttributeAsync("data-autosave", "saved", new() { Timeout = 15_000 });

        var fresh = await context.NewPageAsync();
        await fresh.GotoAsync($"reflections/{id}/experience");
        await Expect(fresh.Locator("#journal-text")).ToHaveValueAsync("Written on a train with no signal.");
    }

    [Fact]
    public async Task ASecondTabThatSavedInBetweenIsNotOverwrittenSilently()
    {
        await using var context = await app.NewContextAsync();
        var first = await context.NewPageAsync();
        await UserSession.SignUpAsync(first, UserSession.NewEmail("tabs"));
        var id = await UserSession.RecordRejectionAsync(first, "Two Tabs AG", "Analyst");
        await first.GotoAsync($"reflections/{id}/role-fit");
        await UserSession.WaitForInteractiveAsync(first);

        var second = await context.NewPageAsync();
        await second.GotoAsync($"reflections/{id}/role-fit");
        await UserSession.WaitForInteractiveAsync(second);
        await UserSession.WriteJournalAsync(second, "What you think now", "Saved from the second tab.");

        await first.Locator("#journal-text").FillAsync("Typed in the first tab.");
        await Expect(first.Locator(".save-indicator")).ToHaveAttributeAsync("data-save-state", "Conflict", new() { Timeout = 15_000 });
        await first.GetByRole(AriaRole.Button, new() { Name = "Keep what I see here" }).ClickAsync();
        await UserSession.ExpectSavedAsync(first);

        await second.ReloadAsync();
        await Expect(second.Locator("#journal-text")).ToHaveValueAsync("Typed in the first tab.");
    }
}
