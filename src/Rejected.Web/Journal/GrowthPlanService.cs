using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Data;

namespace Rejected.Web.Journal;

/// <summary>One action from step 3 of some reflection, with what the growth plan shows beside it.</summary>
public sealed record PlannedAction(int RejectionId, string Company, string RoleTitle, GrowthAction Action, string? ChangeTitle);

/// <summary>Every action from every reflection of a user, and changing an action's status in place.</summary>
public sealed class GrowthPlanService(IDbContextFactory<JournalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<PlannedAction>> GetAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var entries = await db.JournalEntries
            .AsNoTracking()
            .Where(e => e.Data != null && (e.Step == ReflectionStep.Experience || e.Step == ReflectionStep.Priorities))
            .Select(e => new { e.RejectionId, e.Step, e.Data, e.Rejection!.Company, e.Rejection.RoleTitle, e.Rejection.DecidedOn })
            .ToListAsync(ct);

        var changeTitles = entries
            .Where(e => e.Step == ReflectionStep.Priorities)
            .SelectMany(e => StepData.Parse<PrioritiesData>(e.Data).Changes)
            .GroupBy(c => c.Id)
            .ToDictionary(g => g.Key, g => g.First().Title);

        return entries
            .Where(e => e.Step == ReflectionStep.Experience)
            .OrderByDescending(e => e.DecidedOn)
            .ThenByDescending(e => e.RejectionId)
            .SelectMany(e => StepData.Parse<ExperienceData>(e.Data).Actions
                .Where(a => !string.IsNullOrWhiteSpace(a.What))
                .Select(a => new PlannedAction(
                    e.RejectionId,
                    e.Company,
                    e.RoleTitle,
                    a,
                    a.ChangeId is { } id && changeTitles.TryGetValue(id, out var title) && !string.IsNullOrWhiteSpace(title) ? title : null)))
            .ToList();
    }

    /// <summary>Sets one action's status; false when the action is not (or no longer) in this user's journal.</summary>
    public async Task<bool> SetStatusAsync(string userId, int rejectionId, Guid actionId, ActionStatus status, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(status))
        {
            return false;
        }

        // A tab editing the same step may save in between; re-read and apply again rather than fail.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
            var entry = await db.JournalEntries
                .Include(e => e.Rejection)
                .SingleOrDefaultAsync(e => e.RejectionId == rejectionId && e.Step == ReflectionStep.Experience, ct);
            var data = entry?.ReadData<ExperienceData>();
            var action = data?.Actions.FirstOrDefault(a => a.Id == actionId);
            if (entry is null || data is null || action is null)
            {
                return false;
            }

            action.Status = status;
            var now = clock.GetUtcNow();
            entry.Data = data.ToJson();
            entry.Version++;
            entry.UpdatedAt = now;
            entry.Rejection!.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved this step a moment ago; try again on the fresh copy.
            }
        }

        return false;
    }
}
