using System.Text.Encodings.Web;
using System.Text.Json;
using Rejected.Core.Reflections;
using static Rejected.Core.Backup.BackupFormat;

namespace Rejected.Core.Backup;

/// <summary>
/// Writes a backup (see <see cref="BackupFormat"/>) straight to a stream as the reflections arrive, flushing as it goes,
/// so a journal of thousands of reflections never sits in memory as one string.
/// </summary>
public static class BackupWriter
{
    private const int FlushThreshold = 32 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // The file is a download for the user to keep, never embedded in a page: accents, CJK and quotes stay readable
        // instead of turning into \u escapes. Control characters and invalid text are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<Rejection> reflections, DateTimeOffset exportedAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reflections);
        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString(FormatField, Name);
        writer.WriteNumber(SchemaVersionField, SchemaVersion);
        writer.WriteString(ExportedAtField, Timestamp(exportedAt));
        writer.WriteStartArray(ReflectionsField);
        await foreach (var reflection in reflections.WithCancellation(ct))
        {
            WriteReflection(writer, reflection);
            if (writer.BytesPending >= FlushThreshold)
            {
                await writer.FlushAsync(ct);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    private static void WriteReflection(Utf8JsonWriter writer, Rejection reflection)
    {
        writer.WriteStartObject();
        writer.WriteString(IdField, reflection.ExternalId);
        writer.WriteString(CompanyField, reflection.Company);
        writer.WriteString(RoleField, reflection.RoleTitle);
        writer.WriteString(LevelField, reflection.Level);
        writer.WriteString(TeamField, reflection.Team);
        writer.WriteString(StageField, reflection.Stage?.ToString());
        writer.WriteString(DecidedOnField, reflection.DecidedOn is { } decidedOn ? Date(decidedOn) : null);
        writer.WriteString(CommunicationField, reflection.Communication?.ToString());
        writer.WriteStartArray(TagsField);
        foreach (var tag in reflection.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteString(CreatedAtField, Timestamp(reflection.CreatedAt));
        writer.WriteString(UpdatedAtField, Timestamp(reflection.UpdatedAt));
        writer.WriteString(FinishedAtField, reflection.FinishedAt is { } finishedAt ? Timestamp(finishedAt) : null);

        // Guided steps in order, then revisit notes oldest first: the order the reader restores them in.
        writer.WriteStartArray(EntriesField);
        foreach (var entry in reflection.Entries.OrderBy(e => e.Step).ThenBy(e => e.CreatedAt).ThenBy(e => e.Id))
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, JournalEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString(StepField, entry.Step.ToString());
        writer.WriteString(TextField, entry.Text);
        if (entry.Mood is { } mood)
        {
            writer.WriteNumber(MoodField, mood);
        }
        else
        {
            writer.WriteNull(MoodField);
        }

        writer.WriteString(TakeawayField, entry.Takeaway);
        writer.WriteString(RevisitOnField, entry.RevisitOn is { } revisitOn ? Date(revisitOn) : null);

        // The tool as the JSON object it is stored as, not as a string of JSON, so the file reads (and diffs) naturally.
        writer.WritePropertyName(DataField);
        if (entry.Data is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            using var data = JsonDocument.Parse(entry.Data);
            data.WriteTo(writer);
        }

        writer.WriteString(CreatedAtField, Timestamp(entry.CreatedAt));
        writer.WriteString(UpdatedAtField, Timestamp(entry.UpdatedAt));
        writer.WriteEndObject();
    }
}
