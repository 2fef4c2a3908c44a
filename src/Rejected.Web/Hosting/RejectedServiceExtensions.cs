using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rejected.Web.Components;
using Rejected.Web.Components.Account;
using Rejected.Web.Data;
using Rejected.Web.Endpoints;
using Rejected.Web.Journal;
using Serilog;

namespace Rejected.Web.Hosting;

public static class RejectedServiceExtensions
{
    public static WebApplicationBuilder AddRejected(this WebApplicationBuilder builder)
    {
        var paths = DataPaths.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        paths.CreateDirectories();
        builder.Services.AddSingleton(paths);

        // Logging: console from appsettings, plus a rolling file next to the database.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.File(
                Path.Combine(paths.LogsDirectory, "rejected-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        // Blazor
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 64 * 1024);

        // Data: one context per operation, from the factory.
        builder.Services.AddDbContextFactory<JournalDbContext>(options => options.UseSqlite(paths.ConnectionString));
        builder.Services.TryAddSingletonTimeProvider();
        builder.Services.AddScoped<ReflectionService>();
        builder.Services.AddScoped<GrowthPlanService>();
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddScoped<InsightsService>();
        builder.Services.AddScoped<BackupService>();
        builder.Services.AddScoped<JournalExportService>();
        builder.Services.AddScoped<JournalImportService>();
        builder.Services.AddOptions<ImportOptions>()
            .Bind(builder.Configuration.GetSection(ImportOptions.Section))
            .Validate(options => !options.Problems().Any(), "Import:MaxUploadMegabytes, MaxUnpackedMegabytes and MaxZipEntries must each be at least 1.")
            .ValidateOnStart();

        // Accounts
        var accounts = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        builder.Services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.Section));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<IdentityRedirectManager>();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services.AddAuthorization();
        builder.Services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = accounts.RequireConfirmedAccount;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<JournalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddSingleton<IEmailSender<ApplicationUser>, IdentityNoOpEmailSender>();

        // Sign-ins survive a restart because the keys that protect the cookies are kept on disk.
        builder.Services.AddDataProtection()
            .SetApplicationName("Rejected")
            .PersistKeysToFileSystem(new DirectoryInfo(paths.KeysDirectory));

        // Health. EF's default check only asks SQLite whether the file exists; reading the migrations table
        // also catches a damaged file. CanConnect comes first so a missing file is reported, not created empty.
        builder.Services.AddHealthChecks().AddDbContextCheck<JournalDbContext>("database", customTestQuery: async (db, ct) =>
            await db.Database.CanConnectAsync(ct)
            && await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync(ct) > 0);

        return builder;
    }

    public static async Task<WebApplication> MapRejectedAsync(this WebApplication app)
    {
        await DatabaseMigrator.MigrateAsync(app.Services);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseImportUploadLimits(); // before antiforgery, which reads the form
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapExportEndpoints();
        app.MapJournalDataEndpoints();
        app.MapHealthChecks("/health");

        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
