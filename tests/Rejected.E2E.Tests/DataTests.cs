using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rejected.E2E.Tests;

/// <summary>The "Your data" page: what one person exports, another imports.</summary>
[Collection(AppCollection.Name)]
public sealed class DataTests(AppFixture app)
{
    [Fact]
    public async Task AJournalExportedByOnePersonImportsIntoAnotherAccount()
    {
        await using var aliceContext = await app.NewContextAsync(acceptDownloads: true);
        var alice = await aliceContext.NewPageAsync();
        await UserSession.SignUpAsync(alice, UserSession.NewEmail("export-a"));
        await UserSession.RecordRejectionAsync(alice, "Carried Over Ltd", "Site Reliability Engineer", "2026-10-01");
        await UserSession.WriteJournalAsync(alice, "Let it out", "Written by A, read by B.");

        await alice.GetByRole(AriaRole.Link, new() { Name = "Your data" }).ClickAsync();
        await Expect(alice).ToHaveURLAsync(new Regex("/data$"));
        var download = await alice.RunAndWaitForDownloadAsync(() =>
            alice.GetByRole(AriaRole.Link, new() { Name = "Export everything (Markdown, .zip)" }).ClickAsync());
        Assert.Matches(@"^rejected-journal-\d{4}-\d{2}-\d{2}\.zip$", download.SuggestedFilename);
        var zip = await SaveAsync(download);

        await using var bobContext = await app.NewContextAsync();
        var bob = await bobContext.NewPageAsync();
        await UserSession.SignUpAsync(bob, UserSession.NewEmail("import-b"));
        await bob.GotoAsync("data");
        await bob.GetByLabel("File to import").SetInputFilesAsync(zip);
        await bob.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Expect(bob).ToHaveURLAsync(new Regex("/data$"));
        await Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("1 reflection added, 0 updated, 0 skipped");
        await bob.GetByRole(AriaRole.Link, new() { Name = "Open your journal" }).ClickAsync();
        await Expect(bob).ToHaveURLAsync(new Regex("/journal$"));
        await bob.Locator(".rejection-list li").Filter(new() { HasText = "Site Reliability Engineer" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(bob.GetByRole(AriaRole.Heading, new() { Name = "Site Reliability Engineer at Carried Over Ltd", Level = 1 })).ToBeVisibleAsync();
        await Expect(bob.GetByText("Written by A, read by B.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ABackupIsDownloadedAndRestoredWithTheKeyboardAlone()
    {
        await using var aliceContext = await app.NewContextAsync(acceptDownloads: true);
        var alice = await aliceContext.NewPageAsync();
        await UserSession.SignUpAsync(alice, UserSession.NewEmail("backup-keys-a"));
        await UserSession.RecordRejectionAsync(alice, "Keyboard Backup Co", "Tester");
        await alice.GotoAsync("data");
        await TabToAsync(alice, "a:has-text('Download a full backup (.json)')");
        var download = await alice.RunAndWaitForDownloadAsync(() => alice.Keyboard.PressAsync("Enter"));
        Assert.Matches(@"^rejected-backup-\d{4}-\d{2}-\d{2}\.json$", download.SuggestedFilename);
        var backup = await SaveAsync(download);

        await using var bobContext = await app.NewContextAsync();
        var bob = await bobContext.NewPageAsync();
        await UserSession.SignUpAsync(bob, UserSession.NewEmail("backup-keys-b"));
        await bob.GotoAsync("data");
        await TabToAsync(bob, "#import-file");
        var chooser = await bob.RunAndWaitForFileChooserAsync(() => bob.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(backup);
        await TabToAsync(bob, "button:has-text('Import')");
        await bob.Keyboard.PressAsync("Enter");

        await Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("1 reflection added");
        await bob.GotoAsync("journal");
        await Expect(bob.GetByText("Keyboard Backup Co")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AFileUpToTheLimitIsReadAndALargerOneGetsAMessageWithItsSize()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await UserSession.SignUpAsync(page, UserSession.NewEmail("large"));
        var folder = Path.Combine(Path.GetTempPath(), "rejected-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // 40 MB is over the server's usual 30 MB request limit but within the import's 50 MB: it reaches the reader.
            var spaces = Path.Combine(folder, "backup.json");
            await File.WriteAllBytesAsync(spaces, Enumerable.Repeat((byte)' ', 40 * 1024 * 1024).ToArray());
            await page.GotoAsync("data");
            await page.GetByLabel("File to import").SetInputFilesAsync(spaces);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The file is empty.");

            // Over the limit: refused before it is read, and the browser shows the page rather than a network error.
            var large = Path.Combine(folder, "large-backup.json");
            await using (var file = File.Create(large))
            {
                file.SetLength(63L * 1024 * 1024);
            }

            await page.GetByLabel("File to import").SetInputFilesAsync(large);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/data\\?tooLarge=\\d+$"));
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The file is 63 MB; the limit is 50 MB.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Keeps the download under the name the browser suggested, as a person's downloads folder would.</summary>
    private static async Task<string> SaveAsync(IDownload download)
    {
        var path = Path.Combine(Path.GetTempPath(), "rejected-e2e-" + Guid.NewGuid().ToString("N"), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

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
