using Microsoft.EntityFrameworkCore;
using Rejected.Core.Insights;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Data;

namespace Rejected.Web.Journal;

/// <summary>Loads the facts insights need (never the journal text) and lets Core do the sums.</summary>
public sealed class InsightsService(IDbContextFactory<JournalDbContext> dbFactory)
{
    public async Task<InsightsReport> GetAsync(string userId, CancellationToken ct = default)
    {
        // Four independent reads, each on its own context and connection, so they run side by side.
        var rejectionsTask = LoadRejectionsAsync(userId, ct);
        var moodsTask = LoadMoodsAsync(userId, ct);
        var feedbackTask = LoadFeedbackAsync(userId, ct);
        var actionsTask = LoadActionsAsync(userId, ct);
        await Task.WhenAll(rejectionsTask, moodsTask, feedbackTask, actionsTask);
        var (rejections, moods) = (await rejectionsTask, await moodsTask);

        var facts = rejections.Select(r => new RejectionFacts(
            r.Id,
            r.Stage,
            r.DecidedOn,
            DateOnly.FromDateTime(r.CreatedAt.UtcDateTime),
            r.FinishedAt is { } finished ? DateOnly.FromDateTime(finished.UtcDateTime) : null,
            moods.GetValueOrDefault((r.Id, ReflectionStep.CheckIn)),
            moods.GetValueOrDefault((r.Id, ReflectionStep.WrapUp)))).ToList();

        return InsightsCalculator.Calculate(new InsightInput(facts, await feedbackTask, await actionsTask));
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
                .Where(e => e.Mood != null && (e.Step == ReflectionStep.CheckIn || e.Step == ReflectionStep.WrapUp))
                .Select(e => new { e.RejectionId, e.Step, e.Mood })
                .ToListAsync(ct))
            .ToDictionary(e => (e.RejectionId, e.Step), e => e.Mood);
    }

    // Only a few fields of the tools' JSON are needed; SQLite's JSON functions pick them out faster than
    // deserializing every tool. These raw queries skip EF's owner filter, so they state the owner themselves.
    private async Task<List<FeedbackFact>> LoadFeedbackAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        return (await db.Database.SqlQuery<FeedbackRow>($"""
                SELECT e.RejectionId AS RejectionId, json_extract(item.value, '$.category') AS Category, json_extract(item.value, '$.said') AS Said
                FROM "JournalEntries" AS e, json_each(e.Data, '$.received') AS item
                WHERE e.OwnerId = {userId} AND e.Step = {(int)ReflectionStep.Feedback} AND e.Data IS NOT NULL
                """).ToListAsync(ct))
            .Select(f => new FeedbackFact(f.RejectionId, Enum.TryParse<FeedbackCategory>(f.Category, out var category) ? category : null, f.Said ?? ""))
            .ToList();
    }

    private async Task<List<ActionFact>> LoadActionsAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        return (await db.Database.SqlQuery<ActionRow>($"""
                SELECT e.RejectionId AS RejectionId, json_extract(item.value, '$.status') AS Status
                FROM "JournalEntries" AS e, json_each(e.Data, '$.actions') AS item
                WHERE e.OwnerId = {userId} AND e.Step = {(int)ReflectionStep.Experience} AND e.Data IS NOT NULL
                  AND trim(coalesce(json_extract(item.value, '$.what'), '')) <> ''
                """).ToListAsync(ct))
            .Select(a => new ActionFact(a.RejectionId, Enum.TryParse<ActionStatus>(a.Status, out var status) ? status : ActionStatus.Planned))
            .ToList();
    }

    private sealed record RejectionRow(int Id, InterviewStage? Stage, DateOnly? DecidedOn, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

    private sealed record FeedbackRow(int RejectionId, string? Category, string? Said);

    private sealed record ActionRow(int RejectionId, string? Status);
}
