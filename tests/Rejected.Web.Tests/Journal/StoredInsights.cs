using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Insights;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Data;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

/// <summary>One row of InsightTallies, in a form that compares and prints well.</summary>
internal sealed record TallyRow(TallyKind Kind, string Value, int Count, bool IsPhrase);

/// <summary>
/// What insights should say about the journal as it is stored: read straight from the rows (owner stated
/// explicitly, never through the query filter) and counted by Core's definitions, to hold the database's
/// running tallies and the insights service against.
/// </summary>
internal static class StoredInsights
{
    /// <summary>The tally rows <see cref="InsightTallies.Count"/> gives for the user's stored tools, in a fixed order.</summary>
    public static async Task<IReadOnlyList<TallyRow>> ExpectedRowsAsync(SqliteTestDatabase database, string userId) =>
        Rows(await ExpectedTalliesAsync(database, userId));

    /// <summary>The rows the triggers keep for the user, in the same order as <see cref="ExpectedRowsAsync"/>.</summary>
    public static async Task<IReadOnlyList<TallyRow>> StoredRowsAsync(SqliteTestDatabase database, string userId)
    {
        await using var db = database.CreateContext();
        var rows = await db.InsightTallies
            .IgnoreQueryFilters()
            .AsNoTracking()
            .Where(t => t.OwnerId == userId)
            .Select(t => new TallyRow(t.Kind, t.Value, t.Count, t.IsPhrase))
            .ToListAsync();
        return Ordered(rows);
    }

    /// <summary>The owners that have any tally row at all.</summary>
    public static async Task<IReadOnlyList<string>> OwnersWithTalliesAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.InsightTallies.IgnoreQueryFilters().Select(t => t.OwnerId).Distinct().OrderBy(o => o).ToListAsync();
    }

    public static async Task<InsightTallies> ExpectedTalliesAsync(SqliteTestDatabase database, string userId)
    {
        await using var db = database.CreateContext();
        var entries = await db.JournalEntries
            .IgnoreQueryFilters()
            .AsNoTracking()
            .Where(e => e.OwnerId == userId && (e.Step == ReflectionStep.Feedback || e.Step == ReflectionStep.Experience))
            .Select(e => new { e.RejectionId, e.Step, e.Data })
            .ToListAsync();

        var feedback = entries
            .Where(e => e.Step == ReflectionStep.Feedback)
            .SelectMany(e => StepData.Parse<FeedbackData>(e.Data).Received.Select(r => new FeedbackFact(e.RejectionId, r.Category, r.Said)));
        // Blank actions are left out everywhere, as the growth plan leaves them out (string.IsNullOrWhiteSpace).
        var actions = entries
            .Where(e => e.Step == ReflectionStep.Experience)
            .SelectMany(e => StepData.Parse<ExperienceData>(e.Data).Actions
                .Where(a => !string.IsNullOrWhiteSpace(a.What))
                .Select(a => new ActionFact(e.RejectionId, a.Status)));
        return InsightTallies.Count(feedback, actions);
    }

    /// <summary>The report <see cref="InsightsCalculator"/> makes of the user's stored rows, counted in memory.</summary>
    public static async Task<InsightsReport> ExpectedReportAsync(SqliteTestDatabase database, string userId)
    {
        await using var db = database.CreateContext();
        var rejections = await db.Rejections
            .IgnoreQueryFilters()
            .AsNoTracking()
            .Where(r => r.OwnerId == userId)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Stage, r.DecidedOn, r.CreatedAt, r.FinishedAt })
            .ToListAsync();
        var moods = await db.JournalEntries
            .IgnoreQueryFilters()
            .AsNoTracking()
            .Where(e => e.OwnerId == userId && (e.Step == ReflectionStep.CheckIn || e.Step == ReflectionStep.WrapUp))
            .Select(e => new { e.RejectionId, e.Step, e.Mood })
            .ToListAsync();
        int? Mood(int id, ReflectionStep step) => moods.SingleOrDefault(m => m.RejectionId == id && m.Step == step)?.Mood;

        var facts = rejections.Select(r => new RejectionFacts(
            r.Id,
            r.Stage,
            r.DecidedOn,
            DateOnly.FromDateTime(r.CreatedAt.UtcDateTime),
            r.FinishedAt is { } finished ? DateOnly.FromDateTime(finished.UtcDateTime) : null,
            Mood(r.Id, ReflectionStep.CheckIn),
            Mood(r.Id, ReflectionStep.WrapUp))).ToList();
        return InsightsCalculator.Calculate(new InsightInput(facts, await ExpectedTalliesAsync(database, userId)));
    }

    /// <summary>A report as JSON: records holding lists only compare by reference, their JSON compares by value.</summary>
    public static string Json(InsightsReport report) => JsonSerializer.Serialize(report);

    public static IReadOnlyList<TallyRow> Rows(InsightTallies tallies) => Ordered(
    [
        .. tallies.Categories.Select(c => new TallyRow(TallyKind.FeedbackCategory, c.Key.ToString(), c.Value, false)),
        .. tallies.Themes.Select(t => new TallyRow(TallyKind.FeedbackTheme, t.Value, t.RejectionCount, t.Value.Contains(' ', StringComparison.Ordinal))),
        .. tallies.Actions.Select(a => new TallyRow(TallyKind.ActionStatus, a.Key.ToString(), a.Value, false)),
    ]);

    private static List<TallyRow> Ordered(IEnumerable<TallyRow> rows) =>
        rows.OrderBy(r => r.Kind).ThenBy(r => r.Value, StringComparer.Ordinal).ToList();
}
