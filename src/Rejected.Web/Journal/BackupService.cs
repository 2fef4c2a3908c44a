using Microsoft.EntityFrameworkCore;
using Rejected.Core.Backup;
using Rejected.Core.Reflections;
using Rejected.Web.Data;

namespace Rejected.Web.Journal;

/// <summary>
/// The JSON backup of everything a user owns, and its restore into the same or another account.
/// <para>
/// A restore checks everything first and changes nothing when anything is wrong. Then it applies the whole backup in
/// one transaction, matching each reflection by its ExternalId within this user's journal only: absent, it is added;
/// present and the same, skipped; present and different, replaced by the backup's (facts and entries), so the journal
/// afterwards holds exactly what the backup does. Entries are matched by step for the guided steps; revisit notes by
/// the moment they were written, and among notes written at the same moment by their text, then in order. Matched
/// entries that differ are updated in place with their version raised, so an editor still open on one reports a
/// conflict instead of overwriting the restored text; entries the backup does not have are deleted.
/// </para>
/// <para>
/// The Markdown import can hand its reflections to <see cref="RestoreAsync(string, IReadOnlyList{Rejection}, CancellationToken)"/>
/// and get the same checks, matching and report.
/// </para>
/// </summary>
public sealed class BackupService(IDbContextFactory<JournalDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Reflections read from or written to the database at a time, so a large journal is never held whole.</summary>
    internal const int BatchSize = 100;

    /// <summary>Today as far ahead as any time zone has got; the same bound as <see cref="ReflectionService.LatestToday"/>.</summary>
    public DateOnly LatestToday => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(14)).DateTime);

    /// <summary>Writes the user's whole journal to <paramref name="output"/> as a backup, a batch of reflections at a time.</summary>
    public async Task ExportBackupAsync(string userId, Stream output, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await BackupWriter.WriteAsync(output, dbFactory.ReadJournalAsync(userId, BatchSize, ct), clock.GetUtcNow(), ct);
    }

    /// <summary>Reads a backup from <paramref name="input"/> and restores it into the user's journal.</summary>
    public async Task<RestoreReport> RestoreAsync(string userId, Stream input, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var backup = await BackupReader.ReadAsync(input, LatestToday, ct);
        return backup.IsValid ? await ApplyAsync(userId, backup.Reflections, ct) : RestoreReport.Failed(backup.Problems);
    }

    /// <summary>
    /// Restores reflections read from anywhere (a backup, an imported Markdown file). Their owner and database ids are
    /// ignored; a timestamp left at its default is taken from the matching row, or is now for a new one.
    /// </summary>
    public async Task<RestoreReport> RestoreAsync(string userId, IReadOnlyList<Rejection> incoming, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var problems = RestoreRules.Validate(incoming, LatestToday);
        return problems.Count == 0 ? await ApplyAsync(userId, incoming, ct) : RestoreReport.Failed(problems);
    }

    private async Task<RestoreReport> ApplyAsync(string userId, IReadOnlyList<Rejection> incoming, CancellationToken ct)
    {
        var now = Stored(clock.GetUtcNow());
        int added = 0, updated = 0, skipped = 0;
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);

        // Leaving without a commit (an exception, a cancellation, a conflict) rolls every batch back.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var batch in incoming.Chunk(BatchSize))
            {
                // Only the rows this batch can match are loaded, never the whole journal.
                var ids = batch.Select(r => r.ExternalId).ToList();
                var existing = await db.Rejections
                    .Where(r => r.OwnerId == userId && ids.Contains(r.ExternalId))
                    .Include(r => r.Entries)
                    .ToDictionaryAsync(r => r.ExternalId, ct);
                foreach (var source in batch)
                {
                    var wanted = RestoreRules.Normalize(source);
                    if (existing.TryGetValue(wanted.ExternalId, out var current))
                    {
                        if (Replace(db, userId, current, wanted, now))
                        {
                            updated++;
                        }
                        else
                        {
                            skipped++;
                        }
                    }
                    else
                    {
                        db.Rejections.Add(Adopt(userId, wanted, now));
                        added++;
                    }
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RestoreReport.Failed(
                ["Your journal changed while the backup was being restored (in another tab?), so nothing was restored. Please try again."]);
        }

        return new RestoreReport(added, updated, skipped, []);
    }

    /// <summary>Makes a normalized reflection from outside into a new row of this user's.</summary>
    private static Rejection Adopt(string userId, Rejection wanted, DateTimeOffset now)
    {
        wanted.OwnerId = userId;
        Settle(wanted, null, now);
        foreach (var entry in wanted.Entries)
        {
            AdoptEntry(userId, entry, now);
        }

        return wanted;
    }

    private static void AdoptEntry(string userId, JournalEntry entry, DateTimeOffset now)
    {
        entry.OwnerId = userId;
        entry.CreatedAt = Stored(entry.CreatedAt, null, now);
        entry.UpdatedAt = Stored(entry.UpdatedAt, null, now);

        // As after a first save; the editor then loads version 1.
        entry.Version = 1;
    }

    /// <summary>Makes <paramref name="current"/> hold what <paramref name="wanted"/> does; false when it already did.</summary>
    private static bool Replace(JournalDbContext db, string userId, Rejection current, Rejection wanted, DateTimeOffset now)
    {
        Settle(wanted, current, now);
        var changed = !SameFacts(current, wanted);
        if (changed)
        {
            current.Company = wanted.Company;
            current.RoleTitle = wanted.RoleTitle;
            current.Level = wanted.Level;
            current.Team = wanted.Team;
            current.Stage = wanted.Stage;
            current.DecidedOn = wanted.DecidedOn;
            current.Communication = wanted.Communication;
            current.Tags = [.. wanted.Tags];
            current.CompletedSteps = wanted.CompletedSteps;
            current.FinishedAt = wanted.FinishedAt;
            current.CreatedAt = wanted.CreatedAt;
            current.UpdatedAt = wanted.UpdatedAt;
        }

        // Entries are matched before anything is added, so a new entry can never be taken for an old one.
        var leftOver = current.Entries.OrderBy(e => e.Id).ToList();
        var pairs = wanted.Entries.Select(w => (Wanted: w, Current: Match(leftOver, w))).ToList();
        foreach (var (w, c) in pairs)
        {
            if (c is null)
            {
                AdoptEntry(userId, w, now);
                current.Entries.Add(w);
                changed = true;
            }
            else
            {
                changed |= UpdateEntry(c, w, now);
            }
        }

        foreach (var gone in leftOver)
        {
            db.JournalEntries.Remove(gone);
            changed = true;
        }

        return changed;
    }

    // Takes the match out of the left-over entries.
    private static JournalEntry? Match(List<JournalEntry> leftOver, JournalEntry wanted)
    {
        JournalEntry? match;
        if (StepGuide.IsGuided(wanted.Step))
        {
            match = leftOver.Find(e => e.Step == wanted.Step);
        }
        else if (wanted.CreatedAt == default)
        {
            // An imported note without a time can only be recognised by its text.
            match = leftOver.Find(e => e.Step == wanted.Step && e.Text == wanted.Text);
        }
        else
        {
            var createdAt = Stored(wanted.CreatedAt);
            match = leftOver.Find(e => e.Step == wanted.Step && e.CreatedAt == createdAt && e.Text == wanted.Text)
                ?? leftOver.Find(e => e.Step == wanted.Step && e.CreatedAt == createdAt);
        }

        if (match is not null)
        {
            leftOver.Remove(match);
        }

        return match;
    }

    private static bool UpdateEntry(JournalEntry current, JournalEntry wanted, DateTimeOffset now)
    {
        wanted.CreatedAt = Stored(wanted.CreatedAt, current.CreatedAt, now);
        wanted.UpdatedAt = Stored(wanted.UpdatedAt, current.UpdatedAt, now);
        if (current.Text == wanted.Text
            && current.Mood == wanted.Mood
            && current.Takeaway == wanted.Takeaway
            && current.RevisitOn == wanted.RevisitOn
            && current.Data == wanted.Data
            && current.CreatedAt.EqualsExact(wanted.CreatedAt)
            && current.UpdatedAt.EqualsExact(wanted.UpdatedAt))
        {
            return false;
        }

        current.Text = wanted.Text;
        current.Mood = wanted.Mood;
        current.Takeaway = wanted.Takeaway;
        current.RevisitOn = wanted.RevisitOn;
        current.Data = wanted.Data;
        current.CreatedAt = wanted.CreatedAt;
        current.UpdatedAt = wanted.UpdatedAt;
        current.Version++;
        return true;
    }

    /// <summary>
    /// Fills what a file may leave out and rounds times as the database stores them, so comparing with the row is exact.
    /// As when saving a step, a reflection with every step done has a finish time: the backup's, the row's, or now.
    /// </summary>
    private static void Settle(Rejection wanted, Rejection? current, DateTimeOffset now)
    {
        wanted.CreatedAt = Stored(wanted.CreatedAt, current?.CreatedAt, now);
        wanted.UpdatedAt = Stored(wanted.UpdatedAt, current?.UpdatedAt, now);
        wanted.FinishedAt = wanted.FinishedAt is { } finishedAt
            ? Stored(finishedAt)
            : wanted.CompletedSteps == StepGuide.All.Count ? current?.FinishedAt ?? now : null;
    }

    private static bool SameFacts(Rejection current, Rejection wanted) =>
        current.Company == wanted.Company
        && current.RoleTitle == wanted.RoleTitle
        && current.Level == wanted.Level
        && current.Team == wanted.Team
        && current.Stage == wanted.Stage
        && current.DecidedOn == wanted.DecidedOn
        && current.Communication == wanted.Communication
        && current.Tags.SequenceEqual(wanted.Tags, StringComparer.Ordinal)
        && current.CompletedSteps == wanted.CompletedSteps
        && SameTime(current.FinishedAt, wanted.FinishedAt)
        && current.CreatedAt.EqualsExact(wanted.CreatedAt)
        && current.UpdatedAt.EqualsExact(wanted.UpdatedAt);

    private static bool SameTime(DateTimeOffset? a, DateTimeOffset? b) =>
        a is { } x ? b is { } y && x.EqualsExact(y) : b is null;

    private static DateTimeOffset Stored(DateTimeOffset value, DateTimeOffset? current, DateTimeOffset now) =>
        value == default ? current ?? now : Stored(value);

    /// <summary>
    /// The time as it comes back from the database: JournalDbContext stores DateTimeOffset with EF's binary converter,
    /// which keeps the offset but drops ticks below 0.1 ms.
    /// </summary>
    private static DateTimeOffset Stored(DateTimeOffset value) => new(value.Ticks - (value.Ticks % 1000), value.Offset);
}
