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

    [Fact]
    public async Task SignedOutVisitorsOfAFilteredJournalAreSentToLogInAndBackToTheFilters()
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync("/journal?stage=FinalLoop&sort=company");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.RedirectTarget();
        Assert.Equal("/Account/Login", target?.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fjournal%3Fstage%3DFinalLoop%26sort%3Dcompany", target?.Query);
    }

    [Fact]
    public async Task TheCompanyInTheAddressKeepsOnlyThatCompanysRows()
    {
        var owner = await app.CreateUserAsync("journal-filter@example.com");
        await app.CreateRejectionAsync(owner, "Filtered Keep", roleTitle: "Data Engineer");
        await app.CreateRejectionAsync(owner, "Filtered Drop", roleTitle: "Data Engineer");
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "journal-filter@example.com");

        var response = await client.GetAsync("/journal?company=Filtered%20Keep");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ParseAsync(response);
        Assert.Equal(["Data Engineer at Filtered Keep"], document.QuerySelectorAll("ul.rejection-list h2 a").Select(a => a.TextContent));
        Assert.Equal("Filtered Keep", document.QuerySelector("#filter-company")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysSo()
    {
        var owner = await app.CreateUserAsync("journal-nomatch@example.com");
        await app.CreateRejectionAsync(owner, "Somewhere");
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "journal-nomatch@example.com");

        var response = await client.GetAsync("/journal?stage=TakeHome");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("No reflections match these filters.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Somewhere", (await ParseAsync(response)).QuerySelector("main")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page-letters", "/journal?page=abc")]
    [InlineData("page-huge", "/journal?page=99999999999")]
    [InlineData("page-max", "/journal?page=2147483647")]
    [InlineData("page-negative", "/journal?page=-5")]
    [InlineData("dates", "/journal?from=2026-13-45&to=tomorrow")]
    [InlineData("junk", "/journal?stage=%00&sort=%27&finished=%22")]
    public async Task MalformedAddressesStillShowTheJournal(string user, string url)
    {
        var email = $"journal-malformed-{user}@example.com";
        await app.CreateUserAsync(email);
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, email);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your journal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
