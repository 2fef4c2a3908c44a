using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
    {
        connection.Open();
        Options = new DbContextOptionsBuilder<JournalDbContext>()
            .UseSqlite(connection)
            .UseApplicationServiceProvider(AppServices)
            .Options;
        Factory = new TestDbContextFactory(Options);
        using var db = new JournalDbContext(Options);
        db.Database.Migrate();
    }

    public DbContextOptions<JournalDbContext> Options { get; }

    public IDbContextFactory<JournalDbContext> Factory { get; }

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
