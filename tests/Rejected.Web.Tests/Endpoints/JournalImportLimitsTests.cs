using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Endpoints;

/// <summary>The import's limits, set small in configuration: a 1 MB upload, so at most 10 MB unpacked, and 5 zip entries.</summary>
public sealed class JournalImportLimitsTests : IClassFixture<RejectedAppFactory>
{
    private readonly RejectedAppFactory app;
    private readonly WebApplicationFactory<Program> limited;

    public JournalImportLimitsTests(RejectedAppFactory app)
    {
        this.app = app;

        // The same database and keys as app, so users made through it can sign in here.
        limited = app.WithWebHostBuilder(builder => builder
            .UseSetting("Import:MaxUploadMegabytes", "1")
            .UseSetting("Import:MaxZipEntries", "5"));
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsRefusedBeforeItIsReadAndTheMessageGivesItsSize()
    {
        using var client = await SignUpAsync("limit-large@example.com");
        var before = await client.GetStringAsync("/journal/backup.json");

        var response = await DataForms.PostImportAsync(client, "backup.json", new byte[2 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = ImportOutcome.Read(await client.GetStringAsync(response.RedirectTarget()));
        Assert.Equal(["The file is 2 MB; the limit is 1 MB."], page.Errors);
        Assert.Equal(before, await client.GetStringAsync("/journal/backup.json"));
    }

    [Fact]
    public async Task AFileJustOverTheLimitIsRefusedToo()
    {
        using var client = await SignUpAsync("limit-just-over@example.com");

        var outcome = await DataForms.ImportAsync(client, "backup.json", new byte[(1024 * 1024) + 1]);

        Assert.Equal(["The file is more than 1 MB; the limit is 1 MB."], outcome.Errors);
    }

    [Fact]
    public async Task AFileUnderTheLimitIsImported()
    {
        using var client = await SignUpAsync("limit-under@example.com");

        var outcome = await DataForms.ImportAsync(client, "litware.md", JournalImportTests.ValidMarkdown());

        Assert.Empty(outcome.Errors);
        Assert.StartsWith("Imported. 1 reflection added", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("up to 1 MB", outcome.Page.QuerySelector("#import-help")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipWithMoreEntriesThanTheLimitIsRefused()
    {
        using var client = await SignUpAsync("limit-entries@example.com");
        var before = await client.GetStringAsync("/journal/backup.json");
        var zip = DataForms.Zip([.. Enumerable.Range(1, 6).Select(i => ($"{i}.md", JournalImportTests.ValidMarkdown()))]);

        var outcome = await DataForms.ImportAsync(client, "journal.zip", zip);

        Assert.Equal(["The zip file holds 6 files; the limit is 5. Nothing was imported."], outcome.Errors);
        Assert.Equal(before, await client.GetStringAsync("/journal/backup.json"));
    }

    [Fact]
    public async Task AZipThatUnpacksToMoreThanTheLimitIsRefusedCountingWhatIsActuallyUnpacked()
    {
        using var client = await SignUpAsync("limit-unpacked@example.com");
        var before = await client.GetStringAsync("/journal/backup.json");

        // Each entry alone is far under the 64 MB a reflection may take; together they pass the 10 MB limit.
        var outcome = await DataForms.ImportAsync(client, "journal.zip", DataForms.ZerosZip(4, "a.md", "b.md", "c.md"));

        Assert.Equal(
            ["The files in the zip unpack to more than 10 MB, the limit. A small zip that unpacks to this much is damaged or made to overload the server (a \"zip bomb\"). Nothing was imported."],
            outcome.Errors);
        Assert.Equal(before, await client.GetStringAsync("/journal/backup.json"));
    }

    private async Task<HttpClient> SignUpAsync(string email)
    {
        var owner = await app.CreateUserAsync(email);
        await app.CreateRejectionAsync(owner, "Contoso Limits");
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await AccountForms.SignInAsync(client, email);
        return client;
    }
}
