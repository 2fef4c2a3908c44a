using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Rejected.Web.Components.Pages.Reflect;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect;

public sealed class EditRejectionPageTests : JournalComponentTest
{
    [Fact]
    public async Task TheFormStartsWithTheSavedDetails()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");

        var cut = Render<EditRejectionPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal("Contoso", cut.Find("#company").GetAttribute("value")));
        Assert.Equal("Backend Engineer", cut.Find("#role").GetAttribute("value"));
        Assert.Equal("2026-03-10", cut.Find("#decided-on").GetAttribute("value"));
    }

    [Fact]
    public async Task SavingChangesTheDetailsAndReturnsToTheReflection()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso");
        var cut = Render<EditRejectionPage>(p => p.Add(x => x.Id, id));
        cut.WaitForElement("#company");

        cut.Find("#company").Change("Fabrikam");
        cut.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Equal($"http://localhost/journal/{id}", navigation.Uri));
        Assert.Equal("Fabrikam", (await Reflections.GetAsync(Alice, id))!.Company);
    }

    [Fact]
    public async Task AnotherUsersRejectionIsNotFound()
    {
        var id = await CreateRejectionAsync(Bob, company: "Bob's Secret Employer");

        var cut = Render<EditRejectionPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal("Reflection not found", cut.Find("h1").TextContent));
        Assert.DoesNotContain("Bob's Secret Employer", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("form"));
    }
}
