using System.Net;
using AngleSharp.Html.Parser;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Data;

/// <summary>The "Your data" page as the server renders it: a static page whose import form is a plain post.</summary>
public sealed class DataPageHttpTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task ThePageOffersEachDownloadAndALabelledFileField()
    {
        await app.CreateUserAsync("data-page@example.com");
        using var client = await SignInAsync("data-page@example.com");

        var response = await client.GetAsync("/data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Your data · Rejected", page.Title);
        Assert.Equal("Your data", page.QuerySelector("h1")?.TextContent);
        var links = page.QuerySelectorAll("main a[download]").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("journal/export.zip", links["Export everything (Markdown, .zip)"]);
        Assert.Equal("journal/export.zip?redact=true", links["Export for sharing — names replaced"]);
        Assert.Equal("journal/backup.json", links["Download a full backup (.json)"]);

        var input = page.QuerySelector("input[type=file]")!;
        Assert.Equal("file", input.GetAttribute("name"));
        Assert.Equal(".json,.md,.zip", input.GetAttribute("accept"));
        Assert.Equal("File to import", page.QuerySelector($"label[for='{input.Id}']")?.TextContent);
        Assert.Equal("import-help", input.GetAttribute("aria-describedby"));
        Assert.Contains("up to 50 MB", page.GetElementById("import-help")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.GetElementById("import-errors"));

        var form = input.Closest("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Equal("Import", form.QuerySelector("button[type=submit]")?.TextContent);

        // The page works without a live connection: nothing on it is interactive.
        Assert.DoesNotContain("<!--Blazor:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.TextContent == "Your data" && a.GetAttribute("href") == "data");
    }

    [Fact]
    public async Task ProblemsAreShownAsAnAlertThatDescribesTheFileField()
    {
        await app.CreateUserAsync("data-page-errors@example.com");
        using var client = await SignInAsync("data-page-errors@example.com");

        var outcome = await DataForms.ImportAsync(client, "notes.txt", "hello");

        var page = outcome.Page;
        var alert = page.GetElementById("import-errors")!;
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Equal(["'notes.txt' is not a file Rejected can import. Choose a backup (.json), one exported reflection (.md) or an export of everything (.zip)."], outcome.Errors);
        Assert.StartsWith("Nothing was imported", alert.TextContent.Trim(), StringComparison.Ordinal);
        var input = page.QuerySelector("input[type=file]")!;
        Assert.Equal("import-errors import-help", input.GetAttribute("aria-describedby"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("[role=status]"));
    }

    [Fact]
    public async Task ASuccessfulImportSaysWhatCameIn()
    {
        await app.CreateUserAsync("data-page-success@example.com");
        using var client = await SignInAsync("data-page-success@example.com");

        var outcome = await DataForms.ImportAsync(client, "litware.md", Endpoints.JournalImportTests.ValidMarkdown());

        Assert.Empty(outcome.Errors);
        Assert.Equal("Imported. 1 reflection added, 0 updated, 0 skipped because they were already in your journal. Open your journal", outcome.Summary);
        Assert.Null(outcome.Page.QuerySelector("input[type=file]")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        await app.CreateUserAsync("data-page-csrf@example.com");
        using var client = await SignInAsync("data-page-csrf@example.com");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("import"), "_handler" },
            { new ByteArrayContent(new System.Text.UTF8Encoding(false).GetBytes(Endpoints.JournalImportTests.ValidMarkdown())), "file", "litware.md" },
        };

        var response = await client.PostAsync("/data", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["index.md"], DataForms.ReadZip(await DataForms.DownloadAsync(client, "/journal/export.zip")).Keys);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, email);
        return client;
    }
}
