using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Pages.Search;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Search;

public sealed class SearchPageTests : JournalComponentTest
{
    [Fact]
    public async Task HitsShowTheReflectionTheStepAndAMarkedSnippet()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");
        await SaveStepAsync(Alice, id, ReflectionStep.Feedback, new StepAnswer("I should have asked the recruiter sooner."));

        var cut = RenderAt("search?q=recruiter");

        var hit = Assert.Single(cut.FindAll("ol.search-results > li"));
        var link = hit.QuerySelector("h2 a")!;
        Assert.Equal("Backend Engineer at Contoso", link.TextContent);
        Assert.Equal($"reflections/{id}/feedback", link.GetAttribute("href"));
        Assert.Contains("Feedback", hit.QuerySelector("h2 span")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("recruiter", hit.QuerySelector(".snippet mark")!.TextContent);
        Assert.Equal("1 match, best first.", cut.Find("p[role='status']").TextContent);
        Assert.Equal("recruiter", cut.Find("#search-q").GetAttribute("value"));
    }

    [Fact]
    public async Task FactsAndRevisitNotesLinkToTheReflection()
    {
        var id = await CreateRejectionAsync(Alice, company: "Wingtip");
        await Reflections.SaveRevisitAsync(Alice, id, null, "Wingtip called me back.", 0);

        var cut = RenderAt("search?q=wingtip");

        var hits = cut.FindAll("ol.search-results > li");
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Equal($"journal/{id}", h.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal(["Details", "Revisit note"], hits.Select(h => h.QuerySelector("h2 span")!.TextContent.TrimStart(' ', '·')).Order());
        Assert.Equal("2 matches, best first.", cut.Find("p[role='status']").TextContent);
    }

    [Fact]
    public async Task HtmlTheUserWroteIsShownAsText()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveStepAsync(Alice, id, ReflectionStep.Feedback, new StepAnswer("<script>alert(1)</script> <img src=x onerror=alert(1)> recruiter"));

        var cut = RenderAt("search?q=recruiter");

        var snippet = cut.Find(".snippet");
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(["mark"], snippet.Children.Select(c => c.LocalName));
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingFoundIsSaidKindlyWithTheQuery()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveStepAsync(Alice, id, ReflectionStep.Feedback, new StepAnswer("Some words."));

        var cut = RenderAt("search?q=%3Cb%3Ezebra%3C%2Fb%3E");

        var status = cut.Find("p[role='status']");
        Assert.Equal("Nothing found for <b>zebra</b>. Try fewer words, or the start of a word with *.", status.TextContent);
        Assert.Empty(status.QuerySelectorAll("b"));
        Assert.Empty(cut.FindAll("ol.search-results"));
    }

    [Fact]
    public async Task AnotherUsersWordsAreNotFound()
    {
        var id = await CreateRejectionAsync(Bob, company: "Bobcorp");
        await SaveStepAsync(Bob, id, ReflectionStep.Feedback, new StepAnswer("confidential"));

        var cut = RenderAt("search?q=confidential");

        Assert.StartsWith("Nothing found for", cut.Find("p[role='status']").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Bobcorp", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAQueryOnlyTheFormIsShown()
    {
        var cut = RenderAt("search");

        Assert.Equal("Words to find", cut.Find("label[for='search-q']").TextContent);
        Assert.Equal("search-hint", cut.Find("#search-q").GetAttribute("aria-describedby"));
        Assert.Empty(cut.FindAll("p[role='status']"));
    }

    [Theory]
    [InlineData("%22")]
    [InlineData("NEAR(%28")]
    [InlineData("OwnerKey%3Abob-id")]
    [InlineData("*")]
    public async Task HostileQueriesShowNothingFound(string query)
    {
        var id = await CreateRejectionAsync(Bob);
        await SaveStepAsync(Bob, id, ReflectionStep.Feedback, new StepAnswer("bob-id OwnerKey near"));

        var cut = RenderAt($"search?q={query}");

        Assert.StartsWith("Nothing found for", cut.Find("p[role='status']").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<SearchPage> RenderAt(string relativeUri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);
        var cut = Render<SearchPage>();
        cut.WaitForElement("h1");
        if (relativeUri.Contains("q=", StringComparison.Ordinal))
        {
            cut.WaitForElement("p[role='status']");
        }

        return cut;
    }
}
