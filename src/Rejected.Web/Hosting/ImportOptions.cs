using System.Globalization;

namespace Rejected.Web.Hosting;

/// <summary>Limits on what the import accepts, bound from the "Import" section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    private const long Megabyte = 1024 * 1024;

    /// <summary>The largest file that can be uploaded: a backup, a Markdown file or a zip.</summary>
    public int MaxUploadMegabytes { get; set; } = 50;

    /// <summary>
    /// How much the files in an uploaded zip may add up to once unpacked, counted as they are read; when not set,
    /// ten times <see cref="MaxUploadMegabytes"/>. Markdown packs about four to one, so an export is far below it.
    /// </summary>
    public int? MaxUnpackedMegabytes { get; set; }

    /// <summary>How many entries an uploaded zip may hold: an export of everything has one per reflection and an index.</summary>
    public int MaxZipEntries { get; set; } = 20_000;

    public long MaxUploadBytes => MaxUploadMegabytes * Megabyte;

    public long MaxUnpackedBytes => (MaxUnpackedMegabytes ?? (MaxUploadMegabytes * 10L)) * Megabyte;

    /// <summary>"The file is 63 MB; the limit is 50 MB." <paramref name="size"/> is null when it is not known.</summary>
    public string TooLargeMessage(long? size)
    {
        var limit = MaxUploadMegabytes.ToString("N0", CultureInfo.InvariantCulture);
        if (size is not { } bytes)
        {
            return $"The file is larger than the limit of {limit} MB.";
        }

        // A size that rounds down to the limit would read as if it were allowed.
        var shown = Megabytes(bytes);
        return shown <= MaxUploadMegabytes
            ? $"The file is more than {limit} MB; the limit is {limit} MB."
            : string.Create(CultureInfo.InvariantCulture, $"The file is {shown:#,0.#} MB; the limit is {limit} MB.");
    }

    /// <summary>Megabytes as people read them: whole ones from 10 up, one decimal below.</summary>
    public static decimal Megabytes(long bytes)
    {
        var value = (decimal)bytes / Megabyte;
        return Math.Round(value, value >= 10 ? 0 : 1, MidpointRounding.AwayFromZero);
    }

    internal IEnumerable<string> Problems()
    {
        if (MaxUploadMegabytes < 1)
        {
            yield return $"{Section}:MaxUploadMegabytes must be at least 1.";
        }

        if (MaxUnpackedMegabytes < 1)
        {
            yield return $"{Section}:MaxUnpackedMegabytes must be at least 1.";
        }

        if (MaxZipEntries < 1)
        {
            yield return $"{Section}:MaxZipEntries must be at least 1.";
        }
    }
}
