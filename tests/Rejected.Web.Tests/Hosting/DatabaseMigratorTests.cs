using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rejected.Web.Data;
using Rejected.Web.Hosting;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Hosting;

public sealed class DatabaseMigratorTests : IAsyncLifetime
{
    private readonly RejectedAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task StartingTheAppCreatesAndMigratesTheConfiguredDatabase()
    {
        app.StartServer();

        await using var db = await CreateContextAsync();

        Assert.True(File.Exists(app.DatabasePath));
        Assert.True(Directory.Exists(Path.Combine(app.DataDirectory, "keys")));
        Assert.True(Directory.Exists(Path.Combine(app.DataDirectory, "logs")));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task TheAppsModelMatchesTheMigrations()
    {
        app.StartServer();

        await using var db = await CreateContextAsync();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task AStaleMigrationLockLeftByAKilledStartIsReleased()
    {
        app.StartServer();
        await ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-03-15 11:00:00+00:00');
            """);

        // Without the release this would wait for the lock; the token only bounds a failing run.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await DatabaseMigrator.MigrateAsync(app.Services, guard.Token);

        Assert.Equal(0L, await ScalarAsync("""SELECT COUNT(*) FROM "__EFMigrationsLock" """));
    }

    private async Task<JournalDbContext> CreateContextAsync() =>
        await app.Services.GetRequiredService<IDbContextFactory<JournalDbContext>>().CreateDbContextAsync();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
