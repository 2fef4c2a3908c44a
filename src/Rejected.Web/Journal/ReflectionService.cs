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

    /// <summary>The newest reflections, for short lists such as the home page.</summary>
    public async Task<IReadOnlyList<RejectionSummary>> ListAsync(string userId, int? take = null, CancellationToken ct = default) =>
        (await ListAsync(userId, new JournalQuery { PageSize = take ?? int.MaxValue }, ct)).Items;

    /// <summary>One page of the journal with the query's filters and order.</summary>
    public async Task<JournalResults> ListAsync(string userId, JournalQuery query, CancellationToken ct = default)
    {
        var pageSize = query.PageSize is int.MaxValue ? int.MaxValue : Math.Clamp(query.PageSize, 1, JournalQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        await using var db = await OpenAsync(userId, ct);
        IQueryable<Rejection> rejections = db.Rejections;
        if (query.Stage is { } stage)
        {
            rejections = rejections.Where(r => r.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim();
            // The tag options merge spellings that differ only in case, so picking one must find them all.
            // NOCASE folds ASCII letters only, as SQLite does.
            rejections = rejections.Where(r => r.Tags.Any(t => EF.Functions.Collate(t, "NOCASE") == tag));
        }

        if (!string.IsNullOrWhiteSpace(query.Company))
        {
            var company = query.Company.Trim();
            // Like tags: "Contoso" and "contoso" are one company in the options, so either finds both.
            rejections = rejections.Where(r => EF.Functions.Collate(r.Company, "NOCASE") == company);
        }

        if (query.From is { } from)
        {
            rejections = rejections.Where(r => r.DecidedOn >= from);
        }

        if (query.To is { } to)
        {
            rejections = rejections.Where(r => r.DecidedOn <= to);
        }

        if (query.Finished is { } finished)
        {
            var all = StepGuide.All.Count;
            rejections = finished ? rejections.Where(r => r.CompletedSteps >= all) : rejections.Where(r => r.CompletedSteps < all);
        }

        var total = await rejections.CountAsync(ct);
        rejections = query.Sort switch
        {
            JournalSort.Oldest => rejections.OrderBy(r => r.DecidedOn == null).ThenBy(r => r.DecidedOn).ThenBy(r => r.Id),
            JournalSort.Company => rejections.OrderBy(r => EF.Functions.Collate(r.Company, "NOCASE")).ThenByDescending(r => r.DecidedOn).ThenByDescending(r => r.Id),
            _ => rejections.OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.Id),
        };
        if (pageSize != int.MaxValue)
        {
            // In long arithmetic: a page number from a hand-edited URL can be large enough to overflow int.
            rejections = rejections.Skip((int)Math.Min(int.MaxValue, (page - 1L) * pageSize)).Take(pageSize);
        }

        // Project only what the list shows: journal text can be long, so it never leaves the database here.
        var rows = await rejections
            .Select(r => new
            {
                r.Id,
                r.Company,
                r.RoleTitle,
                r.Stage,
                r.DecidedOn,
                r.CreatedAt,
                r.CompletedSteps,
                MoodBefore = r.Entries.Where(e => e.Step == ReflectionStep.CheckIn).Select(e => e.Mood).FirstOrDefault(),
                MoodAfter = r.Entries.Where(e => e.Step == ReflectionStep.WrapUp).Select(e => e.Mood).FirstOrDefault(),
            })
            .AsNoTracking()
            .ToListAsync(ct);

        var items = rows.Select(r => new RejectionSummary(
            r.Id, r.Company, r.RoleTitle, r.Stage, r.DecidedOn, r.CompletedSteps, StepGuide.All.Count, r.MoodBefore, r.MoodAfter)
        {
            Date = r.DecidedOn ?? DateOnly.FromDateTime(r.CreatedAt.UtcDateTime),
        }).ToList();
        return new JournalResults(items, total, page, pageSize == int.MaxValue ? Math.Max(1, total) : pageSize);
    }

    public async Task<JournalFilterOptions> GetFilterOptionsAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(userId, ct);
        var companies = (await db.Rejections.Select(r => r.Company).Distinct().OrderBy(c => EF.Functions.Collate(c, "NOCASE")).Take(1_000).ToListAsync(ct))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(500)
            .ToList();
        // Tags are a JSON list per row; SQLite cannot flatten them in an EF query, and the lists are short.
        var tags = (await db.Rejections.Select(r => r.Tags).ToListAsync(ct))
            .SelectMany(t => t)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Take(500)
            .ToList();
        return new JournalFilterOptions(companies, tags);
    }

    /// <summary>Reflections whose wrap-up revisit date has come and that have no revisit note written since.</summary>
    public async Task<IReadOnlyList<DueRevisit>> DueForRevisitAsync(string userId, DateOnly today, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(userId, ct);
        var candidates = await db.JournalEntries
            .Where(e => e.Step == ReflectionStep.WrapUp && e.RevisitOn != null && e.RevisitOn <= today)
            .Select(e => new
            {
                e.RejectionId,
                e.Rejection!.Company,
                e.Rejection.RoleTitle,
                RevisitOn = e.RevisitOn!.Value,
                LastNote = e.Rejection.Entries.Where(n => n.Step == ReflectionStep.Revisit).Max(n => (DateTimeOffset?)n.CreatedAt),
            })
            .AsNoTracking()
            .ToListAsync(ct);
        return candidates
            .Where(c => c.LastNote is null || DateOnly.FromDateTime(c.LastNote.Value.UtcDateTime) < c.RevisitOn)
            .OrderBy(c => c.RevisitOn)
            .Select(c => new DueRevisit(c.RejectionId, c.Company, c.RoleTitle, c.RevisitOn))
            .ToList();
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
        if (!StepGuide.IsGuided(step))
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
        await UpdateProgressAsync(db, rejection, entry, now, ct);
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

    /// <summary>
    /// Writes a revisit note: a new dated entry when <paramref name="entryId"/> is null, otherwise an update of
    /// that note (checked against <paramref name="expectedVersion"/> like any step).
    /// </summary>
    public async Task<(SaveResult Result, int? EntryId)> SaveRevisitAsync(
        string userId, int rejectionId, int? entryId, string text, int expectedVersion, CancellationToken ct = default)
    {
        var errors = new StepAnswer(text).Validate(ReflectionStep.Revisit);
        if (errors.Count > 0)
        {
            return (SaveResult.Invalid(errors), entryId);
        }

        await using var db = await OpenAsync(userId, ct);
        var rejection = await db.Rejections.SingleOrDefaultAsync(r => r.Id == rejectionId, ct);
        if (rejection is null)
        {
            return (SaveResult.NotFound, null);
        }

        var now = clock.GetUtcNow();
        JournalEntry? note;
        if (entryId is { } id)
        {
            note = await db.JournalEntries.SingleOrDefaultAsync(e => e.Id == id && e.RejectionId == rejectionId && e.Step == ReflectionStep.Revisit, ct);
            if (note is null)
            {
                return (SaveResult.NotFound, null);
            }

            if (note.Version != expectedVersion)
            {
                return (SaveResult.Conflict(note.Version), id);
            }
        }
        else
        {
            note = new JournalEntry { OwnerId = userId, RejectionId = rejectionId, Step = ReflectionStep.Revisit, CreatedAt = now };
            db.JournalEntries.Add(note);
        }

        note.Text = text;
        note.Version++;
        note.UpdatedAt = now;
        rejection.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (SaveResult.Conflict(note.Version), note.Id);
        }

        return (SaveResult.Saved(note.Version, now), note.Id);
    }

    /// <summary>Sets the date to come back to a reflection, on its wrap-up; false when the reflection is not this user's.</summary>
    public async Task<bool> SetRevisitDateAsync(string userId, int rejectionId, DateOnly? revisitOn, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(userId, ct);
        var rejection = await db.Rejections.SingleOrDefaultAsync(r => r.Id == rejectionId, ct);
        if (rejection is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var wrapUp = await db.JournalEntries.SingleOrDefaultAsync(e => e.RejectionId == rejectionId && e.Step == ReflectionStep.WrapUp, ct);
        if (wrapUp is null)
        {
            wrapUp = new JournalEntry { OwnerId = userId, RejectionId = rejectionId, Step = ReflectionStep.WrapUp, CreatedAt = now };
            db.JournalEntries.Add(wrapUp);
        }

        wrapUp.RevisitOn = revisitOn;
        wrapUp.Version++;
        wrapUp.UpdatedAt = now;
        rejection.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    // The list, its filters and insights read the progress from the rejection row; it is recomputed on every save.
    private static async Task UpdateProgressAsync(JournalDbContext db, Rejection rejection, JournalEntry saved, DateTimeOffset now, CancellationToken ct)
    {
        var others = await db.JournalEntries
            .Where(e => e.RejectionId == rejection.Id && e.Step != saved.Step && e.Step != ReflectionStep.Revisit)
            .Select(e => new { e.Step, e.Mood, e.Takeaway, HasText = e.Text.Trim(WhiteSpace) != "", HasData = e.Data != null })
            .ToListAsync(ct);
        rejection.CompletedSteps = others.Count(e => StepGuide.IsComplete(e.Step, e.Mood, e.Takeaway, e.HasText, e.HasData))
            + (StepGuide.IsComplete(saved.Step, saved) ? 1 : 0);
        if (rejection.CompletedSteps == StepGuide.All.Count)
        {
            rejection.FinishedAt ??= now;
        }
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
