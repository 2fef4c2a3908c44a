using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Web.Data;
using Rejected.Web.Journal;

namespace Rejected.Web.Tests.Support;

/// <summary>
/// The whole app in memory, with its own SQLite file (and keys and logs beside it) in a temporary
/// directory that is deleted afterwards, and a fake clock.
/// </summary>
public sealed class RejectedAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Correct-Horse-9!";

    public static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "rejected-web-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataDirectory, "journal.db");

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>Creates an account through Identity, as sign-up would; returns its id.</summary>
    public async Task<string> CreateUserAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public async Task<int> CreateRejectionAsync(string userId, string company, string roleTitle = "Backend Engineer")
    {
        using var scope = Services.CreateScope();
        var reflections = scope.ServiceProvider.GetRequiredService<ReflectionService>();
        var result = await reflections.CreateAsync(userId, new RejectionDetails
        {
            Company = company,
            RoleTitle = roleTitle,
            DecidedOn = new DateOnly(2026, 3, 10),
        });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    public async Task SaveStepAsync(string userId, int rejectionId, ReflectionStep step, StepAnswer answer)
    {
        using var scope = Services.CreateScope();
        var reflections = scope.ServiceProvider.GetRequiredService<ReflectionService>();
        var version = (await reflections.GetAsync(userId, rejectionId))?.EntryFor(step)?.Version ?? 0;
        Assert.Equal(SaveStatus.Saved, (await reflections.SaveStepAsync(userId, rejectionId, step, answer, version)).Status);
    }

    public async Task<bool> IsLockedOutAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return await users.IsLockedOutAsync(user);
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Journal", $"Data Source={DatabasePath}");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // Pooled connections keep the database file open; close them before deleting it.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
