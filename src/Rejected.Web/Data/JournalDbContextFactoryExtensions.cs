using Microsoft.EntityFrameworkCore;

namespace Rejected.Web.Data;

public static class JournalDbContextFactoryExtensions
{
    /// <summary>A new context that sees only <paramref name="userId"/>'s journal rows.</summary>
    public static async Task<JournalDbContext> CreateForOwnerAsync(
        this IDbContextFactory<JournalDbContext> factory, string userId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var db = await factory.CreateDbContextAsync(ct);
        db.OwnerId = userId;
        return db;
    }
}
