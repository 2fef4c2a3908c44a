using System.Net;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Journal;

/// <summary>The journal list is rendered on the server without interactivity, so it is tested over HTTP.</summary>
public sealed class JournalPageTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task SignedOutVisitorsAreSentToLogInAndBack()
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync("/journal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.RedirectTarget();
        Assert.Equal("/Account/Login", target?.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fjournal", target?.Query);
    }

    [Fact]
    public async Task SignedInUsersSeeTheirRejections()
    {
        var owner = await app.CreateUserAsync("journal-owner@example.com");
        await app.CreateRejectionAsync(owner, "Contoso Listed", roleTitle: "Data Engineer");
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "journal-owner@example.com");

        var response = await client.GetAsync("/journal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your journal", html, StringComparison.Ordinal);
        Assert.Contains("Data Engineer at Contoso Listed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherUsersRejectionsAreNotListed()
    {
        var owner = await app.CreateUserAsync("journal-a@example.com");
        await app.CreateUserAsync("journal-b@example.com");
        await app.CreateRejectionAsync(owner, "Contoso Hidden");
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "journal-b@example.com");

        var response = await client.GetAsync("/journal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Contoso Hidden", html, StringComparison.Ordinal);
        Assert.Contains("Nothing here yet", html, StringComparison.Ordinal);
    }
}
