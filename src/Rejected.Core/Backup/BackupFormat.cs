using System.Globalization;

namespace Rejected.Core.Backup;

/// <summary>
/// What a backup file is: a JSON object marked with <see cref="Name"/> and <see cref="SchemaVersion"/>, holding every
/// reflection with its entries. Owner and database ids are never written: a reflection is known by its ExternalId
/// (the file's "id"), so a backup restores into any account.
/// </summary>
public static class BackupFormat
{
    /// <summary>The value of "format" that tells a Rejected backup from any other JSON file.</summary>
    public const string Name = "rejected-backup";

    /// <summary>Raise it whenever a field is added, removed or changes meaning; readers refuse versions they do not know.</summary>
    public const int SchemaVersion = 1;

    public const string ContentType = "application/json; charset=utf-8";

    public static string FileName(DateTimeOffset exportedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"rejected-backup-{exportedAt.UtcDateTime:yyyy-MM-dd}.json");

    // Field names, shared by the writer and the reader so the two cannot drift apart.
    internal const string FormatField = "format";
    internal const string SchemaVersionField = "schemaVersion";
    internal const string ExportedAtField = "exportedAt";
    internal const string ReflectionsField = "reflections";

    internal const string IdField = "id";
    internal const string CompanyField = "company";
    internal const string RoleField = "role";
    internal const string LevelField = "level";
    internal const string TeamField = "team";
    internal const string StageField = "stage";
    internal const string DecidedOnField = "decidedOn";
    internal const string CommunicationField = "communication";
    internal const string TagsField = "tags";
    internal const string CreatedAtField = "createdAt";
    internal const string UpdatedAtField = "updatedAt";
    internal const string FinishedAtField = "finishedAt";
    internal const string EntriesField = "entries";

    internal const string StepField = "step";
    internal const string TextField = "text";
    internal const string MoodField = "mood";
    internal const string TakeawayField = "takeaway";
    internal const string RevisitOnField = "revisitOn";
    internal const string DataField = "data";

    private const string DateFormat = "yyyy-MM-dd";

    // ISO 8601 with an explicit offset, always: a time without one would be read in the server's own time zone.
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    internal static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The round-trip form, e.g. 2026-03-15T12:00:00.0000000+00:00: every tick and the offset survive.</summary>
    internal static string Timestamp(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    internal static bool TryParseTimestamp(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>Enums are written by name. Only a defined name is accepted back, in any case; "5" is not a name.</summary>
    internal static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    internal static string Names<TEnum>()
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        return $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}
