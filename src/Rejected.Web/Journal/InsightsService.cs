using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rejected.Core.Insights;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Data;

namespace Rejected.Web.Journal;

/// <summary>Loads the facts insights need (never the journal text or the tools) and lets Core do the sums.</summary>
public sealed class InsightsService(IDbContextFactory<JournalDbContext> dbFactory)
{
    // Themes are read in display order and only this far: enough for what the page shows (see InsightsCalculator.Themes).
    private const int ThemeWindow = InsightsCalculator.MaxThemes * 20;

    public async Task<InsightsReport> GetAsync(string userId, CancellationToken ct = default)
    {
        // Independent reads, each on its own context and connection, so they run side by side.
        var rejectionsTask = LoadRejectionsAsync(userId, ct);
        var moodsTask = LoadMoodsAsync(userId, ct);
        var talliesTask = LoadTalliesAsync(userId, ct);
        await Task.WhenAll(rejectionsTask, moodsTask, talliesTask);
        var (rejections, moods) = (await rejectionsTask, await moodsTask);

        var facts = rejections.Select(r => r with
        {
            MoodBefore = moods.TryGetValue((r.Id, ReflectionStep.CheckIn), out var before) ? before : null,
            MoodAfter = moods.TryGetValue((r.Id, ReflectionStep.WrapUp), out var after) ? after : null,
        }).ToList();

        return InsightsCalculator.Calculate(new InsightInput(facts, await talliesTask));
    }

    // The two reads below return one row per rejection or entry of the user (tens of thousands in a long journal),
    // so they read the columns straight off the data reader: EF's materializer tripled the time. They are raw
    // SQL and skip the owner filter, so they state the owner themselves.
    private async Task<List<RejectionFacts>> LoadRejectionsAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var toDateTimeOffset = StoredDateTimeOffset(db, nameof(Rejection.CreatedAt));
        return await ReadRowsAsync(db, userId, """
            SELECT "Id", "Stage", "DecidedOn", "CreatedAt", "FinishedAt" FROM "Rejections" WHERE "OwnerId" = $owner
            """, row => new RejectionFacts(
                row.GetInt32(0),
                row.IsDBNull(1) ? null : (InterviewStage)row.GetInt32(1),
                row.IsDBNull(2) ? null : DateOnly.ParseExact(row.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(toDateTimeOffset(row.GetInt64(3)).UtcDateTime),
                row.IsDBNull(4) ? null : DateOnly.FromDateTime(toDateTimeOffset(row.GetInt64(4)).UtcDateTime),
                MoodBefore: null,
                MoodAfter: null), ct);
    }

    private async Task<Dictionary<(int, ReflectionStep), int>> LoadMoodsAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var moods = await ReadRowsAsync(db, userId, $"""
            SELECT "RejectionId", "Step", "Mood" FROM "JournalEntries"
            WHERE "OwnerId" = $owner AND "Step" IN ({(int)ReflectionStep.CheckIn}, {(int)ReflectionStep.WrapUp}) AND "Mood" IS NOT NULL
            """, row => (Key: (row.GetInt32(0), (ReflectionStep)row.GetInt32(1)), Mood: row.GetInt32(2)), ct);
        return moods.ToDictionary(m => m.Key, m => m.Mood);
    }

    private static async Task<List<T>> ReadRowsAsync<T>(JournalDbContext db, string userId, string sql, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var owner = command.CreateParameter();
        owner.ParameterName = "$owner";
        owner.Value = userId;
        command.Parameters.Add(owner);

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    // How the model stores a DateTimeOffset (see JournalDbContext.ConfigureConventions), taken from the model itself.
    private static Func<long, DateTimeOffset> StoredDateTimeOffset(JournalDbContext db, string property)
    {
        var converter = db.Model.FindEntityType(typeof(Rejection))!.FindProperty(property)!.GetTypeMapping().Converter;
        return ((ValueConverter<DateTimeOffset, long>)converter!).ConvertFromProviderTyped;
    }

    private async Task<InsightTallies> LoadTalliesAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var counts = await db.InsightTallies
            .AsNoTracking()
            .Where(t => t.Kind != TallyKind.FeedbackTheme && t.Count > 0)
            .Select(t => new { t.Kind, t.Value, t.Count })
            .ToListAsync(ct);
        var themes = await db.InsightTallies
            .AsNoTracking()
            .Where(t => t.Kind == TallyKind.FeedbackTheme && t.Count >= 2)
            .OrderByDescending(t => t.Count).ThenByDescending(t => t.IsPhrase).ThenBy(t => t.Value)
            .Take(ThemeWindow)
            .Select(t => new Recurrence<string>(t.Value, t.Count))
            .ToListAsync(ct);

        return new InsightTallies(
            Parsed<FeedbackCategory>(counts.Where(c => c.Kind == TallyKind.FeedbackCategory).Select(c => (c.Value, c.Count))),
            InsightsCalculator.ThemeOrder(themes).ToList(),
            Parsed<ActionStatus>(counts.Where(c => c.Kind == TallyKind.ActionStatus).Select(c => (c.Value, c.Count)), ActionStatus.Planned));
    }

    // Values come from stored JSON; one the app no longer knows is left out (or counted as the fallback).
    private static Dictionary<T, int> Parsed<T>(IEnumerable<(string Value, int Count)> counts, T? fallback = null)
        where T : struct, Enum =>
        counts
            .Select(c => (Key: Enum.TryParse<T>(c.Value, out var value) ? value : fallback, c.Count))
            .Where(c => c.Key is not null)
            .GroupBy(c => c.Key!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

}
