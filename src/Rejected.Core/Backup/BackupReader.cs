using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Rejected.Core.Reflections;
using static Rejected.Core.Backup.BackupFormat;

namespace Rejected.Core.Backup;

/// <summary>
/// What was read from a backup: the reflections (without owner or database ids) when the whole file is fine, otherwise
/// no reflections and every problem found, as messages for the user that each name where the problem is.
/// </summary>
public sealed record BackupReadResult(IReadOnlyList<Rejection> Reflections, IReadOnlyList<string> Problems, DateTimeOffset? ExportedAt)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Reads and checks a backup from a stream. The file is read a piece at a time and each reflection is parsed on its own,
/// so only the reflections themselves are held, never the whole file. Problems are collected rather than thrown: a file
/// that is not JSON, is cut off or is not a Rejected backup gets one message saying so; otherwise every reflection is
/// checked with <see cref="RestoreRules"/> and every problem is listed.
/// </summary>
public static class BackupReader
{
    /// <summary>The most one reflection may take in the file; more means a damaged or foreign file rather than a journal.</summary>
    public const int MaxReflectionBytes = 64 * 1024 * 1024;

    internal const int InitialBufferSize = 64 * 1024;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads and checks the whole backup; <paramref name="today"/> is the latest date a decision can have, as the forms use it.</summary>
    public static async Task<BackupReadResult> ReadAsync(Stream input, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parser = new Parser();
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var filled = 0;
            var atStart = true;
            while (!parser.Stopped)
            {
                if (filled == buffer.Length)
                {
                    // One value (a reflection) does not fit: make room for it, up to the limit.
                    if (buffer.Length >= MaxReflectionBytes)
                    {
                        parser.TooLarge();
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                // Fill the buffer before parsing: a value that has not fully arrived is parsed again from its start,
                // so parsing after every small read would go over a long reflection again and again.
                var ended = false;
                while (filled < buffer.Length && !ended)
                {
                    var read = await input.ReadAsync(buffer.AsMemory(filled), ct);
                    filled += read;
                    ended = read == 0;
                }

                if (atStart)
                {
                    // Editors on Windows may start the file with a byte order mark, which JSON readers do not skip.
                    atStart = false;
                    if (buffer.AsSpan(0, filled).StartsWith(ByteOrderMark))
                    {
                        parser.Skip(buffer.AsSpan(0, ByteOrderMark.Length));
                        buffer.AsSpan(ByteOrderMark.Length, filled - ByteOrderMark.Length).CopyTo(buffer);
                        filled -= ByteOrderMark.Length;
                    }
                }

                var consumed = parser.Feed(buffer.AsSpan(0, filled));
                if (ended)
                {
                    parser.End(buffer.AsSpan(consumed, filled - consumed));
                    break;
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            // Cleared: the pool hands the array to other code, and it held someone's journal.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }

        return parser.Finish(today);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        _ => "null",
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private enum Position
    {
        Start,
        Root,
        Reflections,
        End,
    }

    /// <summary>
    /// The reading state between pieces of the file. Utf8JsonReader cannot live across an await, so each piece gets a
    /// new reader that resumes from <see cref="state"/>; a value that has not fully arrived is read again with the next piece.
    /// </summary>
    private sealed class Parser
    {
        private readonly BackupProblems problems = new();
        private readonly List<(int Position, Rejection Reflection)> reflections = [];
        private readonly HashSet<string> topFields = new(StringComparer.Ordinal);
        private JsonReaderState state;
        private Position position = Position.Start;
        private string property = "";
        private string? fatal;
        private string? format;
        private int? schemaVersion;
        private DateTimeOffset? exportedAt;
        private int reflectionCount;

        // Where the current piece starts in the file, and the line breaks before it, to turn the reader's
        // line and column into a position in the file.
        private long offset;
        private long lines;
        private long lineStart;

        public bool Stopped => fatal is not null;

        /// <summary>Reads every complete value at the start of <paramref name="data"/>; returns how many bytes it used.</summary>
        public int Feed(ReadOnlySpan<byte> data)
        {
            var reader = new Utf8JsonReader(data, isFinalBlock: false, state);
            var consumed = 0;
            try
            {
                while (!Stopped && reader.Read() && Handle(ref reader))
                {
                    consumed = (int)reader.BytesConsumed;
                    state = reader.CurrentState;
                }
            }
            catch (JsonException ex)
            {
                NotJson(data, ex);
            }
            catch (InvalidOperationException)
            {
                // Raised when a name or text in the file is not valid UTF-8.
                Fatal(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file is not readable text: around byte {offset + consumed:N0} there are bytes that are not UTF-8. It may be damaged or not a backup at all."));
            }

            Skip(data[..consumed]);
            return consumed;
        }

        /// <summary>The file has ended; <paramref name="rest"/> is what no complete value was read from.</summary>
        public void End(ReadOnlySpan<byte> rest)
        {
            if (Stopped)
            {
                return;
            }

            if (position is Position.Start or Position.End)
            {
                // Whatever is left is either nothing, a value that only now proves complete, or something that is not JSON.
                if (position == Position.Start && rest.Trim(" \t\r\n"u8).IsEmpty)
                {
                    Fatal("The file is empty.");
                    return;
                }

                var reader = new Utf8JsonReader(rest, isFinalBlock: true, state);
                try
                {
                    if (reader.Read() && position == Position.Start)
                    {
                        Fatal(NotABackup($"it holds {Describe(reader.TokenType)} rather than a backup"));
                    }
                }
                catch (JsonException ex)
                {
                    NotJson(rest, ex);
                }

                return;
            }

            Fatal(string.Create(
                CultureInfo.InvariantCulture,
                $"The file ends too soon: it stops after {offset + rest.Length:N0} bytes, in the middle of the backup. It was probably cut off while downloading or uploading; try again with the complete file."));
        }

        public void TooLarge() => Fatal(position == Position.Reflections
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Reflection {reflectionCount + 1} takes more than {MaxReflectionBytes / (1024 * 1024)} MB in the file, far more than any journal holds; the file is probably damaged.")
            : NotABackup(string.Create(CultureInfo.InvariantCulture, $"its \"{property}\" field alone takes more than {MaxReflectionBytes / (1024 * 1024)} MB")));

        /// <summary>Moves the file position past bytes that have been read.</summary>
        public void Skip(ReadOnlySpan<byte> read)
        {
            var last = read.LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                lines += read.Count((byte)'\n');
                lineStart = offset + last + 1;
            }

            offset += read.Length;
        }

        public BackupReadResult Finish(DateOnly today)
        {
            // A file that is not a backup of a known version gets that one message: anything else said about it would be noise.
            var header = fatal
                ?? (format is null ? NotABackup("it has no \"format\": \"rejected-backup\" field") : null)
                ?? (schemaVersion is null ? "The backup has no schemaVersion, so there is no telling how to read it." : null);
            if (header is not null)
            {
                return new BackupReadResult([], [header], exportedAt);
            }

            if (!topFields.Contains(ReflectionsField))
            {
                problems.Add(BackupProblems.File, 0, ReflectionsField, "The backup has no \"reflections\" list.");
            }

            RestoreRules.Validate(reflections, today, problems);
            return problems.Count == 0
                ? new BackupReadResult(reflections.Select(r => r.Reflection).ToList(), [], exportedAt)
                : new BackupReadResult([], problems.ToList(), exportedAt);
        }

        private static string NotABackup(string why) => $"This file is not a Rejected backup: {why}.";

        // False when the value has not fully arrived yet; nothing is changed then, and the value is read again later.
        private bool Handle(ref Utf8JsonReader reader)
        {
            switch (position)
            {
                case Position.Start when reader.TokenType != JsonTokenType.StartObject:
                    Fatal(NotABackup($"it holds {Describe(reader.TokenType)} rather than a backup"));
                    return true;
                case Position.Start:
                    position = Position.Root;
                    return true;
                case Position.Root when reader.TokenType == JsonTokenType.EndObject:
                    position = Position.End;
                    return true;
                case Position.Root when reader.TokenType == JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    return true;
                case Position.Root when property == ReflectionsField && reader.TokenType == JsonTokenType.StartArray && topFields.Add(property):
                    // The list itself is never parsed whole: each reflection in it is, one at a time.
                    position = Position.Reflections;
                    return true;
                case Position.Root when property is not (FormatField or SchemaVersionField or ExportedAtField or ReflectionsField):
                    // Not kept, so not parsed: only passed over once it has fully arrived.
                    if (!reader.TrySkip())
                    {
                        return false;
                    }

                    problems.Add(BackupProblems.File, 0, property, $"The top of the file has a field this app does not know: \"{property}\".");
                    return true;
                case Position.Root:
                    return ReadValue(ref reader, TopValue);
                case Position.Reflections when reader.TokenType == JsonTokenType.EndArray:
                    position = Position.Root;
                    return true;
                default:
                    return ReadValue(ref reader, Reflection);
            }
        }

        private static bool ReadValue(ref Utf8JsonReader reader, Action<JsonElement> read)
        {
            var probe = reader;
            if (!probe.TrySkip())
            {
                return false;
            }

            using var value = JsonDocument.ParseValue(ref reader);
            read(value.RootElement);
            return true;
        }

        private void TopValue(JsonElement value)
        {
            if (!topFields.Add(property))
            {
                problems.Add(BackupProblems.File, 0, property, $"The field \"{property}\" appears twice at the top of the file.");
                return;
            }

            switch (property)
            {
                case FormatField:
                    format = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                    if (format != Name)
                    {
                        Fatal(NotABackup($"its format is {RestoreRules.Quote(format ?? "")}, not \"{Name}\""));
                    }

                    break;
                case SchemaVersionField when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var version):
                    schemaVersion = version;
                    if (version > SchemaVersion)
                    {
                        Fatal(string.Create(
                            CultureInfo.InvariantCulture,
                            $"This backup was made by a newer version of Rejected (schema version {version}); this app reads version {SchemaVersion}. Update the app, then restore it again."));
                    }
                    else if (version < 1)
                    {
                        Fatal(string.Create(CultureInfo.InvariantCulture, $"The backup's schema version {version} is unknown; this app reads version {SchemaVersion}."));
                    }

                    break;
                case SchemaVersionField:
                    Fatal($"The backup's schemaVersion {RestoreRules.Quote(value.GetRawText())} is not a version number this app knows; it reads version {SchemaVersion}.");
                    break;
                case ExportedAtField:
                    if (value.ValueKind == JsonValueKind.String && TryParseTimestamp(value.GetString()!, out var at))
                    {
                        exportedAt = at;
                    }
                    else
                    {
                        var shown = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                        problems.Add(BackupProblems.File, 0, property, $"exportedAt {RestoreRules.Quote(shown)} is not a valid date and time.");
                    }

                    break;
                default:
                    problems.Add(BackupProblems.File, 0, property, "\"reflections\" should be a list of reflections.");
                    break;
            }
        }

        private void Reflection(JsonElement element)
        {
            var at = ++reflectionCount;
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add(at, 0, "", $"reflection {at} is {Describe(element.ValueKind)}, not a reflection.");
                return;
            }

            // The company and role name the reflection in every message about it, so they are looked at first.
            var fields = new Fields(element, problems, at, 0);
            var where = RestoreRules.Where(at, fields.Peek(CompanyField), fields.Peek(RoleField));
            fields.Where = where;
            var company = fields.Text(CompanyField);
            var role = fields.Text(RoleField);
            var reflection = new Rejection
            {
                OwnerId = "",
                ExternalId = fields.Id(),
                Company = company ?? "",
                RoleTitle = role ?? "",
                Level = fields.Text(LevelField),
                Team = fields.Text(TeamField),
                Stage = fields.Name<InterviewStage>(StageField),
                DecidedOn = fields.Date(DecidedOnField),
                Communication = fields.Name<DecisionChannel>(CommunicationField),
                Tags = fields.TextList(TagsField),
                CreatedAt = fields.Timestamp(CreatedAtField) ?? default,
                UpdatedAt = fields.Timestamp(UpdatedAtField) ?? default,
                FinishedAt = fields.Timestamp(FinishedAtField),
                Entries = Entries(fields, at, where),
            };
            fields.ReportOthers(
                IdField, CompanyField, RoleField, LevelField, TeamField, StageField, DecidedOnField, CommunicationField, TagsField,
                CreatedAtField, UpdatedAtField, FinishedAtField, EntriesField);
            reflections.Add((at, reflection));
        }

        private List<JournalEntry> Entries(Fields reflection, int at, string where)
        {
            var entries = new List<JournalEntry>();
            if (reflection.List(EntriesField) is not { } list)
            {
                return entries;
            }

            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                index++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(at, index, "", $"{where}, {RestoreRules.Entry(index, null)} is {Describe(element.ValueKind)}, not an entry.");
                    continue;
                }

                var fields = new Fields(element, problems, at, index) { Where = $"{where}, {RestoreRules.Entry(index, null)}" };

                // An entry without a readable step is kept with one that is out of range, so the rules skip it quietly
                // (its problem is already reported) and the entries after it keep their numbers.
                var step = fields.Name<ReflectionStep>(StepField);
                if (step is null && fields.IsMissing(StepField))
                {
                    problems.Add(at, index, StepField, $"{fields.Where}: has no step.");
                }

                fields.Where = $"{where}, {RestoreRules.Entry(index, step)}";
                entries.Add(new JournalEntry
                {
                    OwnerId = "",
                    Step = step ?? (ReflectionStep)(-1),
                    Text = fields.Text(TextField) ?? "",
                    Mood = fields.Integer(MoodField),
                    Takeaway = fields.Text(TakeawayField),
                    RevisitOn = fields.Date(RevisitOnField),
                    Data = fields.Object(DataField),
                    CreatedAt = fields.Timestamp(CreatedAtField) ?? default,
                    UpdatedAt = fields.Timestamp(UpdatedAtField) ?? default,
                });
                fields.ReportOthers(StepField, TextField, MoodField, TakeawayField, RevisitOnField, DataField, CreatedAtField, UpdatedAtField);
            }

            return entries;
        }

        private void NotJson(ReadOnlySpan<byte> data, JsonException ex)
        {
            // The reader counts lines from the start of the file; find where the line with the problem starts.
            var line = ex.LineNumber ?? lines;
            var column = ex.BytePositionInLine ?? 0;
            var start = lineStart;
            var rest = data;
            var consumedRest = 0;
            for (var l = lines; l < line && rest.IndexOf((byte)'\n') is var newline and >= 0; l++)
            {
                consumedRest += newline + 1;
                rest = rest[(newline + 1)..];
                start = offset + consumedRest;
            }

            Fatal(string.Create(
                CultureInfo.InvariantCulture,
                $"The file is not valid JSON: something is wrong at byte {start + column + 1:N0} (line {line + 1}, column {column + 1}). It may be damaged, or it was changed by hand."));
        }

        private void Fatal(string message) => fatal ??= message;
    }

    /// <summary>The fields of one object in the file, read leniently: a value of the wrong kind is reported and read as absent.</summary>
    private sealed class Fields
    {
        private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);
        private readonly List<string> repeated = [];
        private readonly BackupProblems problems;
        private readonly int reflection;
        private readonly int entry;

        public Fields(JsonElement element, BackupProblems problems, int reflection, int entry)
        {
            this.problems = problems;
            this.reflection = reflection;
            this.entry = entry;
            foreach (var property in element.EnumerateObject())
            {
                if (!values.TryAdd(property.Name, property.Value))
                {
                    repeated.Add(property.Name);
                }
            }
        }

        public string Where { get; set; } = "";

        /// <summary>The text of a field when it is text, without reporting anything.</summary>
        public string? Peek(string name)
        {
            try
            {
                return values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        public bool IsMissing(string name) => !values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null;

        /// <summary>Reports fields written twice and fields the format does not have.</summary>
        public void ReportOthers(params string[] known)
        {
            foreach (var name in repeated)
            {
                Add(name, $"{name} is written twice.");
            }

            foreach (var name in values.Keys.Where(n => !known.Contains(n)))
            {
                Add(name, $"has a field this app does not know: \"{name}\".");
            }
        }

        public string? Text(string name)
        {
            if (Get(name, JsonValueKind.String, "text") is not { } value)
            {
                return null;
            }

            try
            {
                return value.GetString();
            }
            catch (InvalidOperationException)
            {
                Add(name, $"{name} holds text that is not valid Unicode.");
                return null;
            }
        }

        public Guid Id()
        {
            if (Text(IdField) is not { } text)
            {
                return Guid.Empty;
            }

            if (Guid.TryParse(text, out var id) && id != Guid.Empty)
            {
                return id;
            }

            Add(IdField, $"id {RestoreRules.Quote(text)} is not a valid id.");
            return Guid.Empty;
        }

        public TEnum? Name<TEnum>(string name)
            where TEnum : struct, Enum
        {
            if (values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                Add(name, $"{name} {value.GetRawText()} is not one of {Names<TEnum>()}.");
                return null;
            }

            if (Text(name) is not { } text)
            {
                return null;
            }

            if (TryParseName<TEnum>(text, out var parsed))
            {
                return parsed;
            }

            Add(name, $"{name} {RestoreRules.Quote(text)} is not one of {Names<TEnum>()}.");
            return null;
        }

        public DateOnly? Date(string name)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            if (TryParseDate(text, out var date))
            {
                return date;
            }

            Add(name, $"{name} {RestoreRules.Quote(text)} is not a valid date (year-month-day, e.g. 2026-03-15).");
            return null;
        }

        public DateTimeOffset? Timestamp(string name)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            if (TryParseTimestamp(text, out var timestamp))
            {
                return timestamp;
            }

            Add(name, $"{name} {RestoreRules.Quote(text)} is not a valid date and time (e.g. 2026-03-15T12:00:00+00:00).");
            return null;
        }

        public int? Integer(string name)
        {
            if (Get(name, JsonValueKind.Number, "a number") is not { } value)
            {
                return null;
            }

            if (value.TryGetInt32(out var number))
            {
                return number;
            }

            Add(name, $"{name} {value.GetRawText()} is not a whole number.");
            return null;
        }

        public List<string> TextList(string name)
        {
            if (Get(name, JsonValueKind.Array, "a list") is not { } list)
            {
                return [];
            }

            var texts = new List<string>();
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    Add(name, $"{name} should be a list of text.");
                    continue;
                }

                try
                {
                    texts.Add(item.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    Add(name, $"{name} holds text that is not valid Unicode.");
                }
            }

            return texts;
        }

        public JsonElement? List(string name) => Get(name, JsonValueKind.Array, "a list");

        /// <summary>An object, as its JSON text.</summary>
        public string? Object(string name) => Get(name, JsonValueKind.Object, "an object")?.GetRawText();

        // Null and a missing field are the same: no value.
        private JsonElement? Get(string name, JsonValueKind kind, string kindName)
        {
            if (!values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == kind)
            {
                return value;
            }

            Add(name, $"{name} should be {kindName}, not {Describe(value.ValueKind)}.");
            return null;
        }

        private void Add(string field, string message) => problems.Add(reflection, entry, field, $"{Where}: {message}");
    }
}
