using System.Net;
using System.Text;
using Rejected.Core.Reflections;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Endpoints;

public sealed class ExportEndpointsTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task TheOwnerDownloadsTheReflectionAsAMarkdownFile()
    {
        var owner = await app.CreateUserAsync("export-owner@example.com");
        var id = await app.CreateRejectionAsync(owner, "Contoso Export");
        await app.SaveStepAsync(owner, id, ReflectionStep.Feedback, new StepAnswer("Asked the recruiter. Première leçon 🙂"));
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "export-owner@example.com");

        var response = await client.GetAsync($"/journal/{id}/export.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.EndsWith(".md", disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        // No byte-order mark: tools that read front matter expect the file to start with "---".
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("---\n", body, StringComparison.Ordinal);
        Assert.Contains("Contoso Export", body, StringComparison.Ordinal);
        Assert.Contains("Asked the recruiter. Première leçon 🙂", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUserGetsNotFound()
    {
        var owner = await app.CreateUserAsync("export-a@example.com");
        await app.CreateUserAsync("export-b@example.com");
        var id = await app.CreateRejectionAsync(owner, "Contoso Private");
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "export-b@example.com");

        var response = await client.GetAsync($"/journal/{id}/export.md");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Contoso Private", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingReflectionIsNotFound()
    {
        await app.CreateUserAsync("export-missing@example.com");
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "export-missing@example.com");

        var response = await client.GetAsync("/journal/987654/export.md");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SignedOutVisitorsAreSentToLogIn()
    {
        var owner = await app.CreateUserAsync("export-anon@example.com");
        var id = await app.CreateRejectionAsync(owner, "Contoso Anonymous");
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync($"/journal/{id}/export.md");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.RedirectTarget()?.AbsolutePath);
    }
}
