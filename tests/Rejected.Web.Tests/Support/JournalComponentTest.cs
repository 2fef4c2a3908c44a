using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Web.Journal;

namespace Rejected.Web.Tests.Support;

/// <summary>
/// A bUnit context with the journal's real services on a private SQLite database, a fake clock,
/// Alice signed in (Bob exists too) and the journal editor's script module stubbed.
/// </summary>
public abstract class JournalComponentTest : BunitContext
{
    public const string EditorModulePath = "./Components/Shared/JournalEditor.razor.js";

    protected static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    protected JournalComponentTest()
    {
        Reflections = new ReflectionService(Database.Factory, Clock);
        GrowthPlan = new GrowthPlanService(Database.Factory, Clock);
        Alice = Database.AddUser("alice");
        Bob = Database.AddUser("bob");

        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(Database.Factory);
        Services.AddScoped<ReflectionService>();
        Services.AddScoped<GrowthPlanService>();
        Services.AddScoped<SearchService>();
        Services.AddScoped<InsightsService>();

        var auth = AddAuthorization();
        auth.SetAuthorized("alice@example.com");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, Alice));

        EditorModule = JSInterop.SetupModule(EditorModulePath);
        foreach (var function in new[] { "attach", "setVersion", "replaceText", "detach" })
        {
            EditorModule.SetupVoid(function, _ => true).SetVoidResult();
        }

        // The pages run in interactive Server mode. Last: it starts the renderer, which closes the service collection.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected SqliteTestDatabase Database { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>The same service the components use, for arranging data and checking what was saved.</summary>
    protected ReflectionService Reflections { get; }

    /// <summary>The growth plan's service on the same database.</summary>
    protected GrowthPlanService GrowthPlan { get; }

    /// <summary>The signed-in user.</summary>
    protected string Alice { get; }

    protected string Bob { get; }

    protected BunitJSModuleInterop EditorModule { get; }

    protected async Task<int> CreateRejectionAsync(string ownerId, string company = "Contoso", string roleTitle = "Backend Engineer")
    {
        var result = await Reflections.CreateAsync(ownerId, new RejectionDetails
        {
            Company = company,
            RoleTitle = roleTitle,
            DecidedOn = new DateOnly(2026, 3, 10),
        });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    protected async Task SaveStepAsync(string ownerId, int rejectionId, ReflectionStep step, StepAnswer answer)
    {
        var version = (await Reflections.GetAsync(ownerId, rejectionId))?.EntryFor(step)?.Version ?? 0;
        var result = await Reflections.SaveStepAsync(ownerId, rejectionId, step, answer, version);
        Assert.Equal(SaveStatus.Saved, result.Status);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
