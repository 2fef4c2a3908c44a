using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Web.Data;

namespace Rejected.Web.Journal;

/// <summary>
/// Exports in Markdown: one reflection as a .md file, or the whole journal as a zip of them with an index.md.
/// <para>
/// The zip is written to the output as it is made: reflections are read a batch at a time and each file goes into the
/// archive before the next batch is read, so memory holds one batch and the index's line per reflection, never the whole
/// journal or the whole archive. Every write to the output is asynchronous (ASP.NET Core refuses synchronous writes to a
/// response), through a <see cref="WriteBehindStream"/> flushed after each file.
/// </para>
/// <para>
/// A redacted export must know every name before it writes the first file, so that "Company A" is the same company in
/// every file. It first reads, a batch at a time, only what names come from: each reflection's facts and the tool data of
/// the feedback, experience and role-fit steps (journal text is not read). That is kept for the whole export (a few
/// kilobytes per reflection at most) while the files are written from full reflections read batch by batch as above.
/// </para>
/// </summary>
public sealed class JournalExportService(IDbContextFactory<JournalDbContext> dbFactory, TimeProvider clock)
{
    public const string ArchiveContentType = "application/zip";

    /// <summary>Reflections read from the database at a time.</summary>
    internal const int BatchSize = 100;

    // The only steps whose tools name people or companies (see ExportRedactor).
    private static readonly ReflectionStep[] NamingSteps = [ReflectionStep.Feedback, ReflectionStep.Experience, ReflectionStep.RoleFit];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>"rejected-journal-2026-03-15.zip", or "rejected-journal-redacted-2026-03-15.zip".</summary>
    public static string ArchiveFileName(DateTimeOffset exportedAt, bool redact) => string.Create(
        CultureInfo.InvariantCulture, $"rejected-journal-{(redact ? "redacted-" : "")}{exportedAt.UtcDateTime:yyyy-MM-dd}.zip");

    /// <summary>A copy of one reflection with its names replaced, on its own (an export of just this one).</summary>
    public static Rejection Redact(Rejection rejection) => new ExportRedactor([rejection]).Redact(rejection);

    /// <summary>One reflection as it is downloaded: its file name and Markdown; null when it is not this user's.</summary>
    public async Task<ExportedFile?> ExportReflectionAsync(string userId, int id, bool redact, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var rejection = await db.Rejections
            .AsNoTracking()
            .Include(r => r.Entries)
            .SingleOrDefaultAsync(r => r.OwnerId == userId && r.Id == id, ct);
        if (rejection is null)
        {
            return null;
        }

        var exported = redact ? Redact(rejection) : rejection;
        return new ExportedFile(ExportFileName.For(exported), ReflectionMarkdown.Write(exported, clock.GetUtcNow()));
    }

    /// <summary>
    /// Writes the user's whole journal to <paramref name="output"/> as a zip: one .md per reflection, the same as
    /// <see cref="ExportReflectionAsync"/> gives (all with the same exported_at), and an index.md linking them.
    /// With <paramref name="redact"/>, names are replaced consistently across all the files (file names included).
    /// <paramref name="output"/> is left open and need not be seekable.
    /// </summary>
    public async Task WriteArchiveAsync(string userId, Stream output, bool redact, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(output);
        var exportedAt = clock.GetUtcNow();
        var redaction = redact ? await LearnNamesAsync(userId, ct) : null;
        var index = new ExportArchiveIndex();

        await using var sink = new WriteBehindStream(output);
        await using (var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            await foreach (var rejection in dbFactory.ReadJournalAsync(userId, BatchSize, ct))
            {
                var exported = redaction is null ? rejection : redaction.Redact(rejection);
                if (exported is null)
                {
                    continue;
                }

                await WriteEntryAsync(zip, index.Add(exported), ReflectionMarkdown.Write(exported, exportedAt), exportedAt, ct);
                await sink.FlushAsync(ct);
            }

            await WriteEntryAsync(zip, ExportArchiveIndex.FileName, index.Write(exportedAt, redact), exportedAt, ct);
        }

        // The central directory, written when the archive was closed.
        await sink.FlushAsync(ct);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, string text, DateTimeOffset exportedAt, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);

        // Otherwise the entry would carry the server's wall-clock time.
        entry.LastWriteTime = exportedAt;
        await using var stream = await entry.OpenAsync(ct);
        await stream.WriteAsync(Utf8.GetBytes(text), ct);
    }

    /// <summary>The first pass of a redacted export: every reflection's facts and the tool data names come from.</summary>
    private async Task<Redaction> LearnNamesAsync(string userId, CancellationToken ct)
    {
        var outlines = new Dictionary<int, Rejection>();
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var after = 0;
        while (true)
        {
            // Without Include: the row's own columns are short (company, role, tags, dates); the journal is in the entries.
            var batch = await db.Rejections
                .AsNoTracking()
                .Where(r => r.OwnerId == userId && r.Id > after)
                .OrderBy(r => r.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(r => r.Id).ToList();
            var tools = await db.JournalEntries
                .AsNoTracking()
                .Where(e => e.OwnerId == userId && ids.Contains(e.RejectionId) && e.Data != null && NamingSteps.Contains(e.Step))
                .Select(e => new { e.RejectionId, e.Step, e.Data })
                .ToListAsync(ct);
            foreach (var rejection in batch)
            {
                rejection.Entries = tools
                    .Where(t => t.RejectionId == rejection.Id)
                    .Select(t => new JournalEntry { OwnerId = userId, RejectionId = rejection.Id, Step = t.Step, Data = t.Data })
                    .ToList();
                outlines[rejection.Id] = rejection;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }

            after = batch[^1].Id;
        }

        return new Redaction(new ExportRedactor(outlines.Values), outlines);
    }

    /// <summary>
    /// An <see cref="ExportRedactor"/> that learned the names from outlines: reflections with their facts and only their
    /// naming tools' entries.
    /// </summary>
    private sealed class Redaction(ExportRedactor redactor, Dictionary<int, Rejection> outlines)
    {
        /// <summary>A redacted copy of <paramref name="full"/>; null when it was added after the names were learned.</summary>
        public Rejection? Redact(Rejection full)
        {
            if (!outlines.TryGetValue(full.Id, out var outline))
            {
                return null;
            }

            // A name changed in the moments between the two passes would not have been learned and could come out
            // unredacted; stop instead (the download fails and can simply be tried again).
            if (outline.Company != full.Company || !NamingStepsMatch(outline, full))
            {
                throw new InvalidOperationException(
                    "The journal changed while the redacted export was being written, so it was stopped; please try again.");
            }

            // ExportRedactor only redacts the reflections it was created with, so the outline it learned from lends itself
            // to the full reflection: it gets the full entries for this call and goes back to its light ones afterwards.
            var light = outline.Entries;
            outline.Entries = full.Entries;
            try
            {
                return redactor.Redact(outline);
            }
            finally
            {
                outline.Entries = light;
            }
        }

        private static bool NamingStepsMatch(Rejection outline, Rejection full) =>
            NamingSteps.All(step => outline.EntryFor(step)?.Data == full.EntryFor(step)?.Data);
    }
}

/// <summary>A file to download: its name and its text.</summary>
public sealed record ExportedFile(string FileName, string Text);
