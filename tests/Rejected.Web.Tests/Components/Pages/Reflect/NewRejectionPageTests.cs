using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Pages.Reflect;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect;

public sealed class NewRejectionPageTests : JournalComponentTest
{
    [Fact]
    public void EveryFieldHasAVisibleLabel()
    {
        var cut = Render<NewRejectionPage>();

        Assert.All(cut.FindAll("input, select"), field => Assert.False(string.IsNullOrWhiteSpace(LabelFor(cut, field))));
        Assert.StartsWith("Company", LabelFor(cut, cut.Find("#company")));
        Assert.StartsWith("Role title", LabelFor(cut, cut.Find("#role")));
    }

    [Fact]
    public async Task SubmittingEmptyShowsWhatIsMissingBesideEachField()
    {
        var cut = Render<NewRejectionPage>();

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Please enter the company's name.", cut.Find("#company-error").TextContent.Trim()));
        Assert.Equal("Please enter the role you applied for.", cut.Find("#role-error").TextContent.Trim());
        Assert.Equal("company-error", cut.Find("#company").GetAttribute("aria-describedby"));
        Assert.Equal("role-error", cut.Find("#role").GetAttribute("aria-describedby"));
        Assert.Empty(await Reflections.ListAsync(Alice));
        Assert.Equal("http://localhost/", Navigation.Uri);
    }

    [Fact]
    public void FillingInAFieldClearsItsMessage()
    {
        var cut = Render<NewRejectionPage>();
        cut.Find("form").Submit();

        cut.Find("#company").Change("Contoso");

        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("#company-error").TextContent.Trim()));
        Assert.Equal("Please enter the role you applied for.", cut.Find("#role-error").TextContent.Trim());
    }

    [Fact]
    public async Task AFutureDecisionDateIsRefused()
    {
        var cut = Render<NewRejectionPage>();
        cut.Find("#company").Change("Contoso");
        cut.Find("#role").Change("Backend Engineer");

        // The fake clock stands at 15 March 2026, 12:00 UTC: it is the 16th in UTC+14, the 17th nowhere yet.
        cut.Find("#decided-on").Change("2026-03-17");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("The decision date can't be in the future.", cut.Find("#decided-on-error").TextContent.Trim()));
        Assert.Equal("2026-03-16", cut.Find("#decided-on").GetAttribute("max"));
        Assert.Empty(await Reflections.ListAsync(Alice));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void TheLatestDecisionDateIsGivenToTheBrowserInIsoFormatInAnyCulture(string culture)
    {
        // Thai, Saudi and Persian cultures use other calendars: 2026 is 2569, 1447 or 1404 there.
        using var scope = new CultureScope(culture);

        var cut = Render<NewRejectionPage>();

        Assert.Equal("2026-03-16", cut.Find("#decided-on").GetAttribute("max"));
    }

    [Fact]
    public async Task AValidSubmitCreatesTheRejectionAndOpensItsCheckIn()
    {
        var cut = Render<NewRejectionPage>();
        cut.Find("#company").Change("Contoso");
        cut.Find("#role").Change("Backend Engineer");
        cut.Find("#stage").Change(nameof(InterviewStage.FinalLoop));
        cut.Find("#decided-on").Change("2026-03-16");
        cut.Find("#tags").Change("backend, system design");

        cut.Find("form").Submit();

        // Wait on the address alone: the database is only read once the page is done with it.
        cut.WaitForAssertion(() => Assert.EndsWith("/check-in", Navigation.Uri, StringComparison.Ordinal));
        var id = Assert.Single(await Reflections.ListAsync(Alice)).Id;
        Assert.Equal($"http://localhost/reflections/{id}/check-in", Navigation.Uri);
        var saved = await Reflections.GetAsync(Alice, id);
        Assert.NotNull(saved);
        Assert.Equal("Contoso", saved.Company);
        Assert.Equal("Backend Engineer", saved.RoleTitle);
        Assert.Equal(InterviewStage.FinalLoop, saved.Stage);
        Assert.Equal(new DateOnly(2026, 3, 16), saved.DecidedOn);
        Assert.Equal(["backend", "system design"], saved.Tags);
        Assert.Empty(await Reflections.ListAsync(Bob));
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private static string LabelFor(IRenderedComponent<NewRejectionPage> cut, IElement field) =>
        cut.Find($"label[for='{field.Id}']").TextContent.Trim();
}
