using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Web.Data;

namespace Rejected.Web.Journal;

/// <summary>
/// Everything components and endpoints do with a user's journal. Each call opens its own context
/// for that user, so rows of other users are invisible and nothing is shared across a circuit.
/// </summary>
public sealed class ReflectionService(IDbContextFactory<JournalDbContext> dbFactory, TimeProvider clock)
{
    // SQLite's trim() strips only spaces. Trimming every character string.IsNullOrWhiteSpace skips keeps the
    // list's count of steps done in agreement with StepGuide.IsComplete on the detail page.
    private static readonly char[] WhiteSpace = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)];

    /// <summary>
    /// Today's date as far ahead as any time zone has got (UTC+14), so a decision made "today"
    /// somewhere on Earth is never turned away as a future date.
    /// </summary>
    public DateOnly LatestToday => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(14)).DateTime);

    public async Task<IReadOnlyList<RejectionSummary>> ListAsync(string userId, int? take = null, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(userId, ct);
        IQueryable<Rejection> query = db.Rejections
            .OrderByDescending(r => r.DecidedOn)
            .ThenByDescending(r => r.CreatedAt)
            .ThenByDescending(r => r.Id);
        if (take is { } limit)
        {
            query = query.Take(limit);
        }

        // Project only what the list shows: journal text can be long, so it never leaves the database here.
        var rows = await query
            .Select(r => new
            {
                r.Id,
                r.Company,
                r.RoleTitle,
                r.Stage,
                r.DecidedOn,
                Entries = r.Entries.Select(e => new { e.Step, e.Mood, e.Takeaway, HasText = e.Text.Trim(WhiteSpace) != "", HasData = e.Data != null }).ToList(),
            })
            .AsNoTracking()
            .ToListAsync(ct);

        return rows.Select(r => new RejectionSummary(
            r.Id,
            r.Company,
            r.RoleTitle,
            r.Stage,
            r.DecidedOn,
            r.Entries.Count(e => StepGuide.IsComplete(e.Step, e.Mood, e.Takeaway, e.HasText, e.HasData)),
            StepGuide.All.Count,
            r.Entries.FirstOrDefault(e => e.Step == ReflectionStep.CheckIn)?.Mood,
            r.Entries.FirstOrDefault(e => e.Step == ReflectionStep.WrapUp)?.Mood)).ToList();
    }

    /// <summary>The rejection with all its entries, or null when it does not exist or is not this user's.</summary>
    public async Task<Rejection?> GetAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(userId, ct);
        return await db.Rejections
            .AsNoTracking()
            .Include(r => r.Entries)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
    }

    public async Task<DetailsResult> CreateAsync(string userId, RejectionDetails details, CancellationToken ct = default)
    {
        var errors = details.Validate(LatestToday);
        if (errors.Count > 0)
        {
            return new DetailsResult(null, errors);
        }

        await using var db = await OpenAsync(userId, ct);
        var now = clock.GetUtcNow();
        var rejection = new Rejection { OwnerId = userId, Company = "", RoleTitle = "", CreatedAt = now, UpdatedAt = now };
        rejection.Apply(details);
        db.Rejections.Add(rejection);
        await db.SaveChangesAsync(ct);
        return new DetailsResult(rejection.Id, errors);
    }

    public async Task<DetailsResult> UpdateAsync(string userId, int id, RejectionDetails details, CancellationToken ct = default)
    {
        var errors = details.Validate(LatestToday);
        if (errors.Count > 0)
        {
            return new DetailsResult(id, errors);
        }

        await using var db = await OpenAsync(userId, ct);
        var rejection = await db.Rejections.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rejection is null)
        {
            return new DetailsResult(null, errors);
        }

        rejection.Apply(details);
        rejection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new DetailsResult(id, errors);
    }

    /// <summary>Deletes the rejection and its entries; false when there was nothing of this user's to delete.</summary>
    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(userId, ct);
        var deleted = await db.Rejections.Where(r => r.Id == id).ExecuteDeleteAsync(ct);
        return deleted > 0;
    }

    /// <summary>
    /// Saves one step. <paramref name="expectedVersion"/> is the version the editor loaded (0 for a step
    /// never saved); when someone else saved in between, nothing is written and the result is a conflict.
    /// </summary>
    public async Task<SaveResult> SaveStepAsync(
        string userId, int rejectionId, ReflectionStep step, StepAnswer answer, int expectedVersion, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(step))
        {
            return SaveResult.NotFound;
        }

        var errors = answer.Validate(step);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        await using var db = await OpenAsync(userId, ct);
        var rejection = await db.Rejections.SingleOrDefaultAsync(r => r.Id == rejectionId, ct);
        if (rejection is null)
        {
            return SaveResult.NotFound;
        }

        var now = clock.GetUtcNow();
        var entry = await db.JournalEntries.SingleOrDefaultAsync(e => e.RejectionId == rejectionId && e.Step == step, ct);
        if (entry is null)
        {
            if (expectedVersion != 0)
            {
                return SaveResult.Conflict(0);
            }

            entry = new JournalEntry { OwnerId = userId, RejectionId = rejectionId, Step = step, CreatedAt = now };
            db.JournalEntries.Add(entry);
        }
        else if (entry.Version != expectedVersion)
        {
            return SaveResult.Conflict(entry.Version);
        }

        entry.Apply(answer);
        entry.Version++;
        entry.UpdatedAt = now;
        rejection.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict(await CurrentVersionAsync(userId, rejectionId, step, ct));
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // Another tab created this step's entry between our read and our insert (unique index).
            return SaveResult.Conflict(await CurrentVersionAsync(userId, rejectionId, step, ct));
        }

        return SaveResult.Saved(entry.Version, now);
    }

    private async Task<int> CurrentVersionAsync(string userId, int rejectionId, ReflectionStep step, CancellationToken ct)
    {
        await using var db = await OpenAsync(userId, ct);
        return await db.JournalEntries
            .Where(e => e.RejectionId == rejectionId && e.Step == step)
            .Select(e => e.Version)
            .SingleOrDefaultAsync(ct);
    }

    private Task<JournalDbContext> OpenAsync(string userId, CancellationToken ct) => dbFactory.CreateForOwnerAsync(userId, ct);
}
