using System.Net;
using System.Text.RegularExpressions;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Endpoints;

public sealed partial class JournalDataEndpointsTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task TheZipHoldsOneMarkdownFilePerReflectionAndAnIndexLinkingEachOfThem()
    {
        var owner = await app.CreateUserAsync("zip-index@example.com");
        var ids = await NamedJournal.SeedAsync(app, owner);
        using var client = await SignInAsync("zip-index@example.com");

        var response = await client.GetAsync("/journal/export.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal("rejected-journal-2026-03-15.zip", disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));

        var files = DataForms.ReadZip(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(ids.Count + 1, files.Count);
        Assert.Contains("index.md", files.Keys);
        Assert.Contains("northwind-traders-data-analyst-2026-03-10.md", files.Keys);
        Assert.Contains("northwind-traders-data-analyst-2026-03-10-2.md", files.Keys);
        Assert.All(files.Keys, name => Assert.Matches(@"^[\p{L}\p{N}\-]+\.md$", name));

        var links = MarkdownLinks().Matches(files["index.md"]).Select(m => Uri.UnescapeDataString(m.Groups["target"].Value)).ToList();
        Assert.Equal(files.Keys.Where(k => k != "index.md").Order(), links.Order());
        Assert.Contains("[Backend Engineer at Contoso](contoso-backend-engineer-2026-03-10.md) · decided 2026-03-10", files["index.md"], StringComparison.Ordinal);
        Assert.Contains("4 reflections.", files["index.md"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachFileInTheZipIsTheSingleExportApartFromExportedAt()
    {
        var owner = await app.CreateUserAsync("zip-same@example.com");
        var ids = await NamedJournal.SeedAsync(app, owner);
        using var client = await SignInAsync("zip-same@example.com");
        var files = DataForms.ReadZip(await DataForms.DownloadAsync(client, "/journal/export.zip"));

        foreach (var id in ids)
        {
            var single = await client.GetAsync($"/journal/{id}/export.md");
            var markdown = await single.Content.ReadAsStringAsync();
            var inZip = files.Where(f => f.Key != "index.md").Select(f => f.Value).Single(f => IdLine(f) == IdLine(markdown));
            Assert.Equal(WithoutExportedAt(markdown), WithoutExportedAt(inZip));
        }
    }

    [Fact]
    public async Task TheRedactedZipNamesNoCompanyOrPersonAnywhereNotEvenInFileNames()
    {
        var owner = await app.CreateUserAsync("zip-redacted@example.com");
        var ids = await NamedJournal.SeedAsync(app, owner);
        using var client = await SignInAsync("zip-redacted@example.com");

        var response = await client.GetAsync("/journal/export.zip?redact=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("rejected-journal-redacted-2026-03-15.zip", disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
        var files = DataForms.ReadZip(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(ids.Count + 1, files.Count);
        foreach (var (name, text) in files)
        {
            foreach (var secret in NamedJournal.Names)
            {
                Assert.DoesNotContain(secret, name, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        // The same company has the same placeholder in every file.
        var contoso = files.Single(f => f.Key.StartsWith("company-a-backend-engineer", StringComparison.Ordinal)).Value;
        Assert.Contains("Company A said no.", contoso, StringComparison.Ordinal);
        Assert.Contains("Recruiter 1", contoso, StringComparison.Ordinal);
        Assert.Contains("Names are replaced for sharing", files["index.md"], StringComparison.Ordinal);
        var analysts = files.Keys.Where(k => k.Contains("-data-analyst-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, analysts.Count);
        Assert.Single(analysts.Select(k => k[..k.IndexOf("-data-analyst-", StringComparison.Ordinal)]).Distinct());
    }

    [Fact]
    public async Task OneReflectionCanBeDownloadedWithItsNamesReplaced()
    {
        var owner = await app.CreateUserAsync("single-redacted@example.com");
        var ids = await NamedJournal.SeedAsync(app, owner);
        using var client = await SignInAsync("single-redacted@example.com");

        var response = await client.GetAsync($"/journal/{ids[0]}/export.md?redact=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("company-a-backend-engineer-2026-03-10.md", disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.All(NamedJournal.Names, secret => Assert.DoesNotContain(secret, markdown, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("company: \"Company A\"", markdown, StringComparison.Ordinal);

        // Not redacted unless asked for.
        var plain = await client.GetStringAsync($"/journal/{ids[0]}/export.md?redact=false");
        Assert.Contains("Mia Chen", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUsersReflectionsNeverAppearInAnyDownload()
    {
        var alice = await app.CreateUserAsync("data-alice@example.com");
        await NamedJournal.SeedAsync(app, alice);
        var bob = await app.CreateUserAsync("data-bob@example.com");
        await app.CreateRejectionAsync(bob, "Bob's Own Company");
        using var client = await SignInAsync("data-bob@example.com");

        foreach (var url in new[] { "/journal/export.zip", "/journal/export.zip?redact=true" })
        {
            var files = DataForms.ReadZip(await DataForms.DownloadAsync(client, url));
            Assert.Equal(2, files.Count);
            Assert.All(files, f => Assert.DoesNotContain("Contoso", f.Value, StringComparison.Ordinal));
        }

        var backup = await client.GetStringAsync("/journal/backup.json");
        Assert.Contains("Bob's Own Company", backup, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", backup, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind", backup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBackupDownloadsAsAnAttachmentAndRestoresIntoAnotherAccount()
    {
        var alice = await app.CreateUserAsync("backup-alice@example.com");
        await NamedJournal.SeedAsync(app, alice);
        await app.CreateUserAsync("backup-bob@example.com");
        using var aliceClient = await SignInAsync("backup-alice@example.com");

        var response = await aliceClient.GetAsync("/journal/backup.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal("rejected-backup-2026-03-15.json", disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
        var backup = await response.Content.ReadAsByteArrayAsync();

        using var bobClient = await SignInAsync("backup-bob@example.com");
        var outcome = await DataForms.ImportAsync(bobClient, "rejected-backup-2026-03-15.json", backup);

        Assert.Empty(outcome.Errors);
        Assert.Equal("Imported. 4 reflections added, 0 updated, 0 skipped because they were already in your journal. Open your journal", outcome.Summary);
        Assert.Equal(
            DataForms.ReadZip(await DataForms.DownloadAsync(aliceClient, "/journal/export.zip")),
            DataForms.ReadZip(await DataForms.DownloadAsync(bobClient, "/journal/export.zip")));
    }

    [Theory]
    [InlineData("/journal/export.zip")]
    [InlineData("/journal/export.zip?redact=true")]
    [InlineData("/journal/backup.json")]
    [InlineData("/journal/1/export.md?redact=true")]
    [InlineData("/data")]
    public async Task SignedOutVisitorsAreSentToLogIn(string url)
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.RedirectTarget()?.AbsolutePath);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, email);
        return client;
    }

    private static string IdLine(string markdown) => markdown.Split('\n').Single(l => l.StartsWith("id: ", StringComparison.Ordinal));

    private static string WithoutExportedAt(string markdown) =>
        string.Join('\n', markdown.Split('\n').Where(l => !l.StartsWith("exported_at: ", StringComparison.Ordinal)));

    [GeneratedRegex(@"\]\((?<target>[^)]+)\)")]
    private static partial Regex MarkdownLinks();
}
