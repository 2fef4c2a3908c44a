using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Rejected.Web.Data;

public static class JournalDbContextOptions
{
    /// <summary>
    /// Options for a context outside the app (seeding, tools). Identity reads its schema version from the
    /// app's services, so they are supplied here with the same setting as the app's.
    /// </summary>
    public static DbContextOptions<JournalDbContext> Standalone(string connectionString)
    {
        var services = new ServiceCollection()
            .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
        return new DbContextOptionsBuilder<JournalDbContext>()
            .UseSqlite(connectionString)
            .UseApplicationServiceProvider(services)
            .Options;
    }
}
