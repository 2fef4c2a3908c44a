using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class KeyboardTests(AppFixture app)
{
    [Fact]
    public async Task ARejectionCanBeRecordedAndAStepFilledWithTheKeyboardAlone()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("keys"));

        await page.GotoAsync("reflections/new");
        await UserSession.WaitForInteractiveAsync(page);
        await TabToAsync(page, "#company");
        await page.Keyboard.TypeAsync("Keyboard Co");
        await TabToAsync(page, "#role");
        await page.Keyboard.TypeAsync("QA Lead");
        await TabToAsync(page, "button:has-text('Start reflecting')");
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await Expect(page).ToHaveURLAsync(new Regex("/check-in$"), new() { Timeout = 15_000 });
        }
        catch (PlaywrightException)
        {
            await UserSession.DumpAsync(page, "keyboard");
            throw;
        }
        await UserSession.WaitForInteractiveAsync(page);

        // Radios: Tab into the group, arrows move the choice.
        await TabToAsync(page, "input[name=mood]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("#mood-2")).ToBeCheckedAsync();
        await UserSession.ExpectSavedAsync(page);

        await TabToAsync(page, "#journal-text");
        await Expect(page.Locator("#journal-text")).ToHaveAttributeAsync("data-autosave", "ready");
        await page.Keyboard.TypeAsync("Typed without a mouse.");
        await Expect(page.Locator("#journal-text")).ToHaveAttributeAsync("data-autosave", "saved", new() { Timeout = 15_000 });

        await TabToAsync(page, "a:has-text('Next: Feedback')");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1 · Ask for feedback", Level = 1 })).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Expect(page.Locator("#journal-text")).ToHaveValueAsync("Typed without a mouse.");
    }

    [Fact]
    public async Task ListItemsAreAddedFilledAndReorderedWithTheKeyboardAlone()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("keys-list"));
        var id = await UserSession.RecordRejectionAsync(page, "Keys Ltd", "Designer");
        await page.GotoAsync($"reflections/{id}/wrap-up");
        await UserSession.WaitForInteractiveAsync(page);

        foreach (var text in new[] { "Research", "Content design" })
        {
            await TabToAsync(page, "button:has-text('+ Add a group or discipline')");
            await page.Keyboard.PressAsync("Enter");
            // The new item takes focus, so one Tab lands in its text field.
            await Expect(page.Locator("[data-list=other-groups] > li").Last).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(text);
        }

        await TabToAsync(page, "button[aria-label='Move “Content design” up']");
        await page.Keyboard.PressAsync("Enter");
        var items = page.Locator("[data-list=other-groups] > li input");
        await Expect(items.Nth(0)).ToHaveValueAsync("Content design");
        await Expect(items.Nth(1)).ToHaveValueAsync("Research");
        await Expect(page.Locator("[data-list=other-groups] > li").First).ToBeFocusedAsync();
        await UserSession.ExpectSavedAsync(page);

        await page.ReloadAsync();
        await Expect(page.Locator("[data-list=other-groups] > li input").Nth(0)).ToHaveValueAsync("Content design");
    }

    /// <summary>Presses Tab until the element matching the selector has focus (at most 60 times).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.Locator(selector).First.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}.");
    }
}
