using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;

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

    /// <summary>
    /// Every reflection of the user with its entries, in id order, read <paramref name="batchSize"/> at a time: each
    /// batch is one query (rejections joined with their entries), so a reflection and its entries come from the same
    /// moment, and memory holds one batch however long the journal is.
    /// </summary>
    public static async IAsyncEnumerable<Rejection> ReadJournalAsync(
        this IDbContextFactory<JournalDbContext> factory, string userId, int batchSize, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await factory.CreateForOwnerAsync(userId, ct);
        var after = 0;
        while (true)
        {
            var batch = await db.Rejections
                .AsNoTracking()
                .Where(r => r.OwnerId == userId && r.Id > after)
                .OrderBy(r => r.Id)
                .Take(batchSize)
                .Include(r => r.Entries)
                .ToListAsync(ct);
            foreach (var rejection in batch)
            {
                yield return rejection;
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            after = batch[^1].Id;
        }
    }
}
