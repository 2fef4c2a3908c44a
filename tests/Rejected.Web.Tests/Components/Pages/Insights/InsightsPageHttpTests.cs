using System.Net;
using AngleSharp.Html.Parser;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Insights;

/// <summary>The insights page as the server renders it for a browser.</summary>
public sealed class InsightsPageHttpTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task SignedOutVisitorsAreSentToLogInAndBack()
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync("/insights");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.RedirectTarget();
        Assert.Equal("/Account/Login", target?.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Finsights", target?.Query);
    }

    [Fact]
    public async Task SignedInUsersSeeTheirChartsInTheHtml()
    {
        var owner = await app.CreateUserAsync("insights-owner@example.com");
        var id = await app.CreateRejectionAsync(owner, "Insightful Co");
        await app.SaveStepAsync(owner, id, ReflectionStep.Feedback, new StepAnswer("", Data: new FeedbackData
        {
            Received = [new FeedbackItem { Said = "More depth.", Category = FeedbackCategory.SkillSet }],
        }));
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "insights-owner@example.com");

        var response = await client.GetAsync("/insights");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Insights", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("Feedback categories", document.QuerySelector("svg[role='img'] > title")?.TextContent);
    }

    [Fact]
    public async Task ANewUserSeesTheEmptyState()
    {
        await app.CreateUserAsync("insights-new@example.com");
        using var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, "insights-new@example.com");

        var response = await client.GetAsync("/insights");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing to compare yet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
