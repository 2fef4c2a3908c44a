using Bunit;
using Rejected.Web.Components.Pages;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages;

public sealed class HomeTests : JournalComponentTest
{
    [Fact]
    public async Task DueRevisitsAreListedUnderTimeToLookBack()
    {
        var due = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");
        await Reflections.SetRevisitDateAsync(Alice, due, new DateOnly(2026, 3, 1));
        var notYet = await CreateRejectionAsync(Alice, company: "Fabrikam");
        await Reflections.SetRevisitDateAsync(Alice, notYet, new DateOnly(2026, 4, 1));

        var cut = RenderHome();

        var section = cut.Find("section.revisits-due");
        Assert.Equal("Time to look back", section.QuerySelector("h2")!.TextContent);
        var item = Assert.Single(section.QuerySelectorAll("li"));
        Assert.Equal("Revisit Backend Engineer at Contoso", item.QuerySelector("a")!.TextContent);
        Assert.Equal($"journal/{due}/revisit", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("(planned for 1 March 2026)", item.QuerySelector("span")!.TextContent);
    }

    [Fact]
    public async Task ARevisitDueTodayIsListed()
    {
        var id = await CreateRejectionAsync(Alice);
        await Reflections.SetRevisitDateAsync(Alice, id, DateOnly.FromDateTime(Now.UtcDateTime));

        var cut = RenderHome();

        Assert.Single(cut.FindAll("section.revisits-due li"));
    }

    [Fact]
    public async Task AReflectionLookedBackOnIsNoLongerListed()
    {
        var id = await CreateRejectionAsync(Alice);
        await Reflections.SetRevisitDateAsync(Alice, id, new DateOnly(2026, 3, 1));
        await Reflections.SaveRevisitAsync(Alice, id, null, "Looked back.", 0);

        var cut = RenderHome();

        Assert.Empty(cut.FindAll("section.revisits-due"));
        Assert.Single(cut.FindAll("ul.rejection-list > li"));
    }

    [Fact]
    public async Task AnotherUsersDueRevisitsAreNotListed()
    {
        var id = await CreateRejectionAsync(Bob, company: "Bob's Employer");
        await Reflections.SetRevisitDateAsync(Bob, id, new DateOnly(2026, 3, 1));

        var cut = RenderHome();

        Assert.Empty(cut.FindAll("section.revisits-due"));
        Assert.DoesNotContain("Bob's Employer", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<Home> RenderHome()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.DoesNotContain("Loading…", cut.Markup, StringComparison.Ordinal));
        return cut;
    }
}
