using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Web.Data;

namespace Rejected.Web.Hosting;

/// <summary>Brings the database schema up to date when the app starts.</summary>
public static class DatabaseMigrator
{
    // EF Core takes a lock row in __EFMigrationsLock while migrating. A process killed mid-migration
    // leaves that row behind and the next start would wait for it forever. SQLite serves one app
    // process, so a lock older than this can only be such a leftover.
    private static readonly TimeSpan StaleLockAge = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(5);

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        var clock = services.GetRequiredService<TimeProvider>();
        await using var db = await services.GetRequiredService<IDbContextFactory<JournalDbContext>>().CreateDbContextAsync(ct);

        await ReleaseStaleLockAsync(db, clock.GetUtcNow(), logger, ct);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(MigrationTimeout);
        var pending = (await db.Database.GetPendingMigrationsAsync(timeout.Token)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, pending);
        }

        await db.Database.MigrateAsync(timeout.Token);
        await FillFeedbackThemesAsync(db, logger, timeout.Token);
    }

    // Feedback saved before themes were stored has none yet; the tally triggers count them once they are filled.
    // A partial index holds exactly those rows, so the check costs nothing once they are done.
    private static async Task FillFeedbackThemesAsync(JournalDbContext db, ILogger logger, CancellationToken ct)
    {
        var missing = await db.JournalEntries
            .IgnoreQueryFilters()
            .Where(e => e.Step == ReflectionStep.Feedback && e.Data != null && EF.Property<string?>(e, InsightTallySql.ThemesColumn) == null)
            .Select(e => new { e.Id, e.Data })
            .ToListAsync(ct);
        if (missing.Count == 0)
        {
            return;
        }

        logger.LogInformation("Extracting feedback themes for {Count} journal entries", missing.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var entry in missing)
        {
            var themes = InsightTallySql.ThemesOf(entry.Data);
            await db.Database.ExecuteSqlAsync($"UPDATE \"JournalEntries\" SET \"Themes\" = {themes} WHERE \"Id\" = {entry.Id}", ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task ReleaseStaleLockAsync(JournalDbContext db, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\" WHERE \"Id\" = 1";
            object? taken;
            try
            {
                taken = await command.ExecuteScalarAsync(ct);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return; // No lock table yet: a new database.
            }

            if (taken is null)
            {
                return;
            }

            var age = DateTimeOffset.TryParse(Convert.ToString(taken, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? now - at
                : TimeSpan.MaxValue;
            if (age >= StaleLockAge)
            {
                logger.LogWarning("Removing a stale migration lock taken {Taken}; a previous start was probably interrupted.", taken);
                command.CommandText = "DELETE FROM \"__EFMigrationsLock\" WHERE \"Id\" = 1";
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
