using Microsoft.EntityFrameworkCore;
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

        var facts = rejections.Select(r => new RejectionFacts(
            r.Id,
            r.Stage,
            r.DecidedOn,
            DateOnly.FromDateTime(r.CreatedAt.UtcDateTime),
            r.FinishedAt is { } finished ? DateOnly.FromDateTime(finished.UtcDateTime) : null,
            moods.GetValueOrDefault((r.Id, ReflectionStep.CheckIn)),
            moods.GetValueOrDefault((r.Id, ReflectionStep.WrapUp)))).ToList();

        return InsightsCalculator.Calculate(new InsightInput(facts, await talliesTask));
    }

    private async Task<List<RejectionRow>> LoadRejectionsAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        return await db.Rejections
            .AsNoTracking()
            .Select(r => new RejectionRow(r.Id, r.Stage, r.DecidedOn, r.CreatedAt, r.FinishedAt))
            .ToListAsync(ct);
    }

    private async Task<Dictionary<(int, ReflectionStep), int?>> LoadMoodsAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        return (await db.JournalEntries
                .AsNoTracking()
                .Where(e => (e.Step == ReflectionStep.CheckIn || e.Step == ReflectionStep.WrapUp) && e.Mood != null)
                .Select(e => new { e.RejectionId, e.Step, e.Mood })
                .ToListAsync(ct))
            .ToDictionary(e => (e.RejectionId, e.Step), e => e.Mood);
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

    private sealed record RejectionRow(int Id, InterviewStage? Stage, DateOnly? DecidedOn, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
}
