using System.Net;
using AngleSharp.Html.Parser;
using Rejected.Core.Reflections;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Search;

/// <summary>The search page as the server renders it for a browser: behind sign-in, with the results in the HTML.</summary>
public sealed class SearchPageHttpTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task SignedOutVisitorsAreSentToLogInAndBack()
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync("/search?q=recruiter");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.RedirectTarget();
        Assert.Equal("/Account/Login", target?.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fsearch%3Fq%3Drecruiter", target?.Query);
    }

    [Fact]
    public async Task SignedInUsersGetTheirHitsWithMarkedSnippets()
    {
        var owner = await app.CreateUserAsync("search-owner@example.com");
        var id = await app.CreateRejectionAsync(owner, "Searchable Co");
        await app.SaveStepAsync(owner, id, ReflectionStep.Feedback, new StepAnswer("The hiring manager wanted <em>more</em> ownership."));
        var other = await app.CreateUserAsync("search-other@example.com");
        var hidden = await app.CreateRejectionAsync(other, "Hidden Co");
        await app.SaveStepAsync(other, hidden, ReflectionStep.Feedback, new StepAnswer("Ownership came up here too."));
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "search-owner@example.com");

        var response = await client.GetAsync("/search?q=ownership");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var hit = Assert.Single(document.QuerySelectorAll("ol.search-results > li"));
        Assert.Equal("Backend Engineer at Searchable Co", hit.QuerySelector("h2 a")?.TextContent);
        Assert.Equal("ownership", hit.QuerySelector(".snippet mark")?.TextContent);
        Assert.Null(hit.QuerySelector(".snippet em"));
        Assert.DoesNotContain("Hidden Co", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quote", "%22")]
    [InlineData("near", "NEAR(a%20b")]
    [InlineData("column", "OwnerKey%3Ax%20Body%3Ay")]
    [InlineData("star", "*-*")]
    public async Task HostileQueriesAnswerWithAPageNotAnError(string user, string query)
    {
        var email = $"search-hostile-{user}@example.com";
        await app.CreateUserAsync(email);
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, email);

        var response = await client.GetAsync($"/search?q={query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing found for", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
