using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rejected.Core.Backup;
using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Web.Data;
using Rejected.Web.Hosting;

namespace Rejected.Web.Journal;

/// <summary>
/// Brings a file into the user's journal: a JSON backup, one exported reflection (.md), or an export of everything
/// (a .zip of .md files). The whole file is read and checked before anything is written, and
/// <see cref="BackupService"/> then applies it in one transaction, so on any problem the journal stays as it was and
/// the report lists what is wrong, each message naming the file or the zip entry.
/// </summary>
/// <remarks>
/// The upload is first copied to a temporary file (deleted when closed), counting its bytes against the limit, because a
/// zip can only be read from a seekable stream. A zip is checked before anything in it is unpacked: the entry count, read
/// from the end of the file, and every entry's name (no "..", no absolute paths or drive letters). Unpacked bytes are
/// counted as they are actually read, not taken from the sizes the zip declares. An entry called index.md is the
/// export's table of contents and is skipped, as are folders and the clutter operating systems add when zipping a folder
/// (__MACOSX/, .DS_Store, Thumbs.db, desktop.ini); any other file that is not .md is refused, because an export holds
/// nothing else and importing only part of a zip would leave the user unsure what came in.
/// </remarks>
public sealed class JournalImportService(
    BackupService backups, IDbContextFactory<JournalDbContext> dbFactory, TimeProvider clock, IOptions<ImportOptions> options)
{
    /// <summary>Problems spelled out in one report; a zip that is wrong everywhere still gives a list a person can read.</summary>
    internal const int MaxListed = 100;

    private const int CopyBufferSize = 81_920;

    private const string Damaged =
        "This zip file is damaged or incomplete: it can't be unpacked. It may have been cut off while downloading or uploading; try again with the complete file. Nothing was imported.";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] Clutter = [".DS_Store", "Thumbs.db", "desktop.ini"];

    public ImportOptions Limits => options.Value;

    /// <summary>Imports <paramref name="content"/>, the file the user chose, called <paramref name="fileName"/>.</summary>
    public async Task<RestoreReport> ImportAsync(string userId, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(content);
        var limits = options.Value;
        var name = Path.GetFileName(fileName ?? "");
        if (content.CanSeek && content.Length > limits.MaxUploadBytes)
        {
            return Failed(limits.TooLargeMessage(content.Length));
        }

        await using var file = CreateTemporaryFile();
        if (!await CopyWithinLimitAsync(content, file, limits.MaxUploadBytes, ct))
        {
            return Failed(limits.TooLargeMessage(content.CanSeek ? content.Length : null));
        }

        if (file.Length == 0)
        {
            return Failed(name.Length == 0 ? "Choose a file to import." : $"{Quote(name)} is empty.");
        }

        file.Position = 0;
        var head = new byte[64];
        head = head[..await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct)];
        file.Position = 0;
        return Kind(name, head) switch
        {
            FileKind.Zip => await ImportZipAsync(userId, file, ct),
            FileKind.DamagedZip => Failed(Damaged),
            FileKind.Backup => await backups.RestoreAsync(userId, file, ct),
            FileKind.Markdown => await ImportMarkdownAsync(userId, name, file, ct),
            _ => Failed($"{Quote(name)} is not a file Rejected can import. Choose a backup (.json), one exported reflection (.md) or an export of everything (.zip)."),
        };
    }

    /// <summary>
    /// What the file is: a zip by its signature whatever its name; otherwise by its extension; and, when the extension
    /// says nothing (a file renamed or saved without one), by how it starts: '{' for a backup, '---' for Markdown.
    /// </summary>
    private static FileKind Kind(string name, ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] is 3 or 5 or 7)
        {
            return FileKind.Zip;
        }

        switch (Path.GetExtension(name).ToLowerInvariant())
        {
            case ".zip":
                return FileKind.DamagedZip;
            case ".json":
                return FileKind.Backup;
            case ".md" or ".markdown":
                return FileKind.Markdown;
            case ".txt" or "":
                var text = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
                text = text.TrimStart(" \t\r\n"u8);
                return text.StartsWith("{"u8) ? FileKind.Backup : text.StartsWith("---"u8) ? FileKind.Markdown : FileKind.Unknown;
            default:
                return FileKind.Unknown;
        }
    }

    private async Task<RestoreReport> ImportMarkdownAsync(string userId, string name, Stream file, CancellationToken ct)
    {
        var problems = new List<string>();
        var text = await ReadTextAsync(file, name, problems, ct);
        var rejection = text is null ? null : Parse(text, name, userId, problems);
        return rejection is null ? Failed(problems) : await RestoreAsync(userId, [(name, rejection)], ct);
    }

    private async Task<RestoreReport> ImportZipAsync(string userId, FileStream file, CancellationToken ct)
    {
        var limits = options.Value;
        var declared = await DeclaredEntryCountAsync(file, ct);
        if (declared is not { } count)
        {
            return Failed(Damaged);
        }

        if (count > limits.MaxZipEntries)
        {
            return Failed(string.Create(
                CultureInfo.InvariantCulture,
                $"The zip file holds {count:N0} files; the limit is {limits.MaxZipEntries:N0}. Nothing was imported."));
        }

        file.Position = 0;
        ZipArchive? zip = null;
        IReadOnlyList<ZipArchiveEntry> entries;
        try
        {
            zip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);

            // Reads the central directory: from the temporary file, so reading it synchronously is fine.
            entries = zip.Entries;
        }
        catch (InvalidDataException)
        {
            if (zip is not null)
            {
                await zip.DisposeAsync();
            }

            return Failed(Damaged);
        }

        await using (zip)
        {
            // Names first: nothing is unpacked from a zip that holds a single unsafe one.
            var problems = entries
                .Select(e => (e.FullName, Problem: NameProblem(e.FullName)))
                .Where(e => e.Problem is not null)
                .Select(e => $"The zip file holds an entry named {Quote(e.FullName)}, which {e.Problem}. An export from Rejected only holds plain file names, so nothing was imported.")
                .ToList();
            if (problems.Count > 0)
            {
                return Failed(problems);
            }

            var reflections = new List<(string Name, Rejection Reflection)>();
            var budget = new UnpackBudget(limits.MaxUnpackedBytes);
            foreach (var entry in entries)
            {
                if (IsSkipped(entry.FullName))
                {
                    continue;
                }

                if (!entry.FullName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"The zip file holds {Quote(entry.FullName)}, which is not a reflection: an export holds only .md files. Take it out of the zip and try again; nothing was imported.");
                    continue;
                }

                var bytes = await UnpackAsync(entry, budget, problems, ct);
                if (budget.Exceeded)
                {
                    return Failed(budget.Message(limits));
                }

                if (bytes is null)
                {
                    continue;
                }

                var text = Decode(bytes, entry.FullName, problems);
                if (text is not null && Parse(text, entry.FullName, userId, problems) is { } rejection)
                {
                    reflections.Add((entry.FullName, rejection));
                }
            }

            if (problems.Count == 0 && reflections.Count == 0)
            {
                problems.Add("The zip file holds no reflections: there is no .md file in it besides index.md.");
            }

            return problems.Count > 0 ? Failed(problems) : await RestoreAsync(userId, reflections, ct);
        }
    }

    /// <summary>Checks the reflections read from files as the restore will, naming each by its file, then restores them.</summary>
    private async Task<RestoreReport> RestoreAsync(string userId, List<(string Name, Rejection Reflection)> files, CancellationToken ct)
    {
        var problems = new List<string>();
        var seen = new Dictionary<Guid, string>();
        foreach (var (name, reflection) in files)
        {
            if (!seen.TryAdd(reflection.ExternalId, name))
            {
                problems.Add($"{Quote(name)} is the same reflection as {Quote(seen[reflection.ExternalId])} (both have the id {reflection.ExternalId}); an export holds each reflection once, so one of them was added or copied by hand. Nothing was imported.");
            }

            // RestoreRules names a reflection by its place in the list ("reflection 1 (Acme, Engineer): …"); checked one at
            // a time, that place is always 1 and is replaced by the file's name.
            foreach (var message in RestoreRules.Validate([reflection], backups.LatestToday))
            {
                problems.Add(message.StartsWith("reflection 1", StringComparison.Ordinal)
                    ? Quote(name) + message["reflection 1".Length..]
                    : $"{Quote(name)}: {message}");
            }
        }

        if (problems.Count > 0)
        {
            return Failed(problems);
        }

        return await backups.RestoreAsync(userId, await UnlessUnchangedAsync(userId, files.Select(f => f.Reflection).ToList(), ct), ct);
    }

    /// <summary>
    /// A Markdown file does not carry what only the database knows (tool items' ids, the time of day a revisit note was
    /// written), so a reflection read back from its own export never equals its row exactly and the restore would
    /// "update" it every time. What the file can say is compared instead: when the row, exported now, gives the same
    /// Markdown as the file's reflection, the row stands in for it and the restore skips it.
    /// </summary>
    private async Task<List<Rejection>> UnlessUnchangedAsync(string userId, List<Rejection> incoming, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var result = new List<Rejection>(incoming.Count);
        foreach (var batch in incoming.Chunk(BackupService.BatchSize))
        {
            var ids = batch.Select(r => r.ExternalId).ToList();
            var existing = await db.Rejections
                .AsNoTracking()
                .Where(r => r.OwnerId == userId && ids.Contains(r.ExternalId))
                .Include(r => r.Entries)
                .ToDictionaryAsync(r => r.ExternalId, ct);
            result.AddRange(batch.Select(r =>
                existing.TryGetValue(r.ExternalId, out var row) && ReflectionMarkdown.Write(row, now) == ReflectionMarkdown.Write(r, now) ? row : r));
        }

        return result;
    }

    private static Rejection? Parse(string markdown, string name, string userId, List<string> problems)
    {
        try
        {
            return ReflectionMarkdownReader.Read(markdown, userId);
        }
        catch (MarkdownImportException e)
        {
            problems.Add($"{Quote(name)}: {e.Message}");
            return null;
        }
    }

    private static async Task<string?> ReadTextAsync(Stream file, string name, List<string> problems, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return Decode(buffer.ToArray(), name, problems);
    }

    private static string? Decode(byte[] bytes, string name, List<string> problems)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"{Quote(name)} is not UTF-8 text, so it is not a reflection exported by Rejected.");
            return null;
        }
    }

    /// <summary>The entry's bytes, counted as they are read; null when it can't be read (a problem is added) or the budget ran out.</summary>
    private static async Task<byte[]?> UnpackAsync(ZipArchiveEntry entry, UnpackBudget budget, List<string> problems, CancellationToken ct)
    {
        try
        {
            await using var stream = await entry.OpenAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[CopyBufferSize];
            long read = 0;
            int n;
            while ((n = await stream.ReadAsync(chunk, ct)) > 0)
            {
                read += n;
                if (!budget.Spend(n) || read > BackupReader.MaxReflectionBytes)
                {
                    if (!budget.Exceeded)
                    {
                        problems.Add(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{Quote(entry.FullName)} unpacks to more than {BackupReader.MaxReflectionBytes / (1024 * 1024)} MB, far more than any reflection; the zip may be damaged or made to overload the server. Nothing was imported."));
                    }

                    return null;
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            problems.Add($"{Quote(entry.FullName)} in the zip file is damaged or incomplete and can't be unpacked. Nothing was imported.");
            return null;
        }
        catch (NotSupportedException)
        {
            problems.Add($"{Quote(entry.FullName)} in the zip file is encrypted or packed in a way Rejected can't unpack. Nothing was imported.");
            return null;
        }
    }

    /// <summary>Why an entry name is not a plain relative path, as the end of a sentence; null when it is one.</summary>
    internal static string? NameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "has no name";
        }

        if (name.Any(char.IsControl))
        {
            return "contains control characters";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "contains a backslash, which Windows reads as a folder separator";
        }

        if (name[0] == '/')
        {
            return "is an absolute path, starting at the root of the disk";
        }

        if (name.Contains(':', StringComparison.Ordinal))
        {
            return char.IsAsciiLetter(name[0]) && name.Length > 1 && name[1] == ':' ? "starts with a drive letter" : "contains a colon";
        }

        var segments = (name.EndsWith('/') ? name[..^1] : name).Split('/');
        if (segments.Contains(".."))
        {
            return "goes up out of the folder it is unpacked into ('..')";
        }

        return segments.Any(s => s.Length == 0 || s == ".") ? "has an empty or '.' folder in its path" : null;
    }

    // Folders, the export's index and what zipping a folder by hand adds.
    private static bool IsSkipped(string name)
    {
        var fileName = name[(name.LastIndexOf('/') + 1)..];
        return fileName.Length == 0
            || string.Equals(fileName, ExportArchiveIndex.FileName, StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("__MACOSX/", StringComparison.Ordinal)
            || Clutter.Contains(fileName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The number of entries the zip's end-of-central-directory record declares, read before the archive is opened so a
    /// zip of a million tiny entries is refused without listing them; null when there is no such record (not a zip, or
    /// cut off).
    /// </summary>
    internal static async Task<long?> DeclaredEntryCountAsync(Stream zip, CancellationToken ct)
    {
        const int RecordSize = 22;
        const int Zip64LocatorSize = 20;
        const int Zip64RecordSize = 56;
        if (zip.Length < RecordSize)
        {
            return null;
        }

        // The record is at the end, after it only a comment of at most 65,535 bytes.
        var tailLength = (int)Math.Min(zip.Length, RecordSize + ushort.MaxValue + Zip64LocatorSize);
        var tail = new byte[tailLength];
        zip.Position = zip.Length - tailLength;
        await zip.ReadExactlyAsync(tail, ct);
        for (var i = tailLength - RecordSize; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != 0x06054b50)
            {
                continue;
            }

            var total = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            if (total != ushort.MaxValue)
            {
                return total;
            }

            // Zip64: the real count is in a record the locator just before this one points to.
            var locator = i - Zip64LocatorSize;
            if (locator < 0 || BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(locator)) != 0x07064b50)
            {
                return total;
            }

            var offset = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(locator + 8));
            if (offset < 0 || offset > zip.Length - Zip64RecordSize)
            {
                return null;
            }

            var record = new byte[Zip64RecordSize];
            zip.Position = offset;
            await zip.ReadExactlyAsync(record, ct);
            return BinaryPrimitives.ReadUInt32LittleEndian(record) == 0x06064b50
                ? (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32)), long.MaxValue)
                : null;
        }

        return null;
    }

    private static FileStream CreateTemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), "rejected-import-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        CopyBufferSize,
        FileOptions.Asynchronous | FileOptions.DeleteOnClose);

    /// <summary>Copies at most <paramref name="limit"/> bytes; false when there were more.</summary>
    private static async Task<bool> CopyWithinLimitAsync(Stream source, Stream destination, long limit, CancellationToken ct)
    {
        var buffer = new byte[CopyBufferSize];
        long copied = 0;
        int n;
        while ((n = await source.ReadAsync(buffer, ct)) > 0)
        {
            copied += n;
            if (copied > limit)
            {
                return false;
            }

            await destination.WriteAsync(buffer.AsMemory(0, n), ct);
        }

        await destination.FlushAsync(ct);
        return true;
    }

    /// <summary>A name quoted for a message, on one line and cut short.</summary>
    internal static string Quote(string name)
    {
        var shown = new string(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        if (shown.Length > 120)
        {
            shown = shown[..(char.IsHighSurrogate(shown[119]) ? 119 : 120)] + "…";
        }

        return $"'{shown}'";
    }

    private static RestoreReport Failed(string problem) => RestoreReport.Failed([problem]);

    private static RestoreReport Failed(List<string> problems)
    {
        if (problems.Count <= MaxListed)
        {
            return RestoreReport.Failed(problems);
        }

        var listed = problems.Take(MaxListed).ToList();
        listed.Add(string.Create(CultureInfo.InvariantCulture, $"…and {problems.Count - MaxListed:N0} more problems."));
        return RestoreReport.Failed(listed);
    }

    /// <summary>What the entries of one zip may unpack to in all, spent as bytes are actually read.</summary>
    private sealed class UnpackBudget(long limit)
    {
        private long spent;

        public bool Exceeded { get; private set; }

        public bool Spend(int bytes)
        {
            spent += bytes;
            Exceeded |= spent > limit;
            return !Exceeded;
        }

        public string Message(ImportOptions limits) => string.Create(
            CultureInfo.InvariantCulture,
            $"The files in the zip unpack to more than {limits.MaxUnpackedBytes / (1024 * 1024):N0} MB, the limit. A small zip that unpacks to this much is damaged or made to overload the server (a \"zip bomb\"). Nothing was imported.");
    }

    private enum FileKind
    {
        Unknown,
        Zip,
        DamagedZip,
        Backup,
        Markdown,
    }
}
