using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Rejected.Web.Data;

namespace Rejected.Web.Tests.Support;

/// <summary>
/// A private SQLite database in memory, brought up to date by the app's migrations. It lives as long as
/// its connection, so the connection stays open until the test is disposed.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    // IdentityDbContext builds its model from the IdentityOptions in the application's services: without
    // the app's schema version (3, with passkeys) a hand-made context would lack a table the migrations create.
    private static readonly IServiceProvider AppServices = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public SqliteTestDatabase()
        : this(migration: null)
    {
    }

    /// <param name="migration">
    /// The last migration to apply, for tests of what a later migration does to existing rows; null for all of them.
    /// </param>
    public SqliteTestDatabase(string? migration)
    {
        connection.Open();
        Options = new DbContextOptionsBuilder<JournalDbContext>()
            .UseSqlite(connection)
            .UseApplicationServiceProvider(AppServices)
            .Options;
        Factory = new TestDbContextFactory(Options);
        using var db = new JournalDbContext(Options);
        if (migration is null)
        {
            db.Database.Migrate();
        }
        else
        {
            db.GetService<IMigrator>().Migrate(migration);
        }
    }

    public DbContextOptions<JournalDbContext> Options { get; }

    public IDbContextFactory<JournalDbContext> Factory { get; }

    /// <summary>Applies the migrations up to <paramref name="migration"/>, or all that are left when it is null.</summary>
    public async Task MigrateAsync(string? migration = null)
    {
        await using var db = new JournalDbContext(Options);
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    /// <summary>A context that sees the journal of <paramref name="ownerId"/> only, as the service's contexts do.</summary>
    public JournalDbContext CreateContext(string? ownerId = null) => new(Options) { OwnerId = ownerId };

    /// <summary>Adds an account; journal rows need one because their owner is a foreign key to it.</summary>
    public string AddUser(string name)
    {
        var user = new ApplicationUser
        {
            Id = $"{name}-id",
            UserName = $"{name}@example.com",
            NormalizedUserName = $"{name}@example.com".ToUpperInvariant(),
            Email = $"{name}@example.com",
            NormalizedEmail = $"{name}@example.com".ToUpperInvariant(),
            SecurityStamp = "stamp",
        };
        using var db = CreateContext();
        db.Users.Add(user);
        db.SaveChanges();
        return user.Id;
    }

    public void Dispose() => connection.Dispose();

    // Not PooledDbContextFactory: a pooled context would carry the previous operation's OwnerId.
    private sealed class TestDbContextFactory(DbContextOptions<JournalDbContext> options) : IDbContextFactory<JournalDbContext>
    {
        public JournalDbContext CreateDbContext() => new(options);
    }
}
