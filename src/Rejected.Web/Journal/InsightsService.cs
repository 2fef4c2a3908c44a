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
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var rejections = await db.Rejections
            .AsNoTracking()
            .Select(r => new
            {
                r.Id,
                r.Stage,
                r.DecidedOn,
                r.CreatedAt,
                r.FinishedAt,
                MoodBefore = r.Entries.Where(e => e.Step == ReflectionStep.CheckIn).Select(e => e.Mood).FirstOrDefault(),
                MoodAfter = r.Entries.Where(e => e.Step == ReflectionStep.WrapUp).Select(e => e.Mood).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var tools = await db.JournalEntries
            .AsNoTracking()
            .Where(e => e.Data != null && (e.Step == ReflectionStep.Feedback || e.Step == ReflectionStep.Experience))
            .Select(e => new { e.RejectionId, e.Step, e.Data })
            .ToListAsync(ct);

        var feedback = tools
            .Where(t => t.Step == ReflectionStep.Feedback)
            .SelectMany(t => StepData.Parse<FeedbackData>(t.Data).Received.Select(f => new FeedbackFact(t.RejectionId, f.Category, f.Said)))
            .ToList();
        var actions = tools
            .Where(t => t.Step == ReflectionStep.Experience)
            .SelectMany(t => StepData.Parse<ExperienceData>(t.Data).Actions
                .Where(a => !string.IsNullOrWhiteSpace(a.What))
                .Select(a => new ActionFact(t.RejectionId, a.Status)))
            .ToList();

        var facts = rejections.Select(r => new RejectionFacts(
            r.Id,
            r.Stage,
            r.DecidedOn,
            DateOnly.FromDateTime(r.CreatedAt.UtcDateTime),
            r.FinishedAt is { } finished ? DateOnly.FromDateTime(finished.UtcDateTime) : null,
            r.MoodBefore,
            r.MoodAfter)).ToList();

        return InsightsCalculator.Calculate(new InsightInput(facts, feedback, actions));
    }
}
