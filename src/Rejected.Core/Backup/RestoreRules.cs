using System.Globalization;
using System.Text.Json;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using static Rejected.Core.Backup.BackupFormat;

namespace Rejected.Core.Backup;

/// <summary>
/// What a reflection brought in from outside (a JSON backup, an imported Markdown file) must satisfy before anything is
/// saved: the rules of the app's forms (<see cref="RejectionDetails.Validate"/>, <see cref="StepAnswer.Validate"/> with the
/// tools' own checks), plus what only a file can get wrong: a missing or repeated id, a guided step written twice.
/// Messages name the reflection by its place in the file and its company and role, and the field as the file spells it.
/// </summary>
public static class RestoreRules
{
    private const int ShortNameLength = 40;

    /// <summary>
    /// Every problem in <paramref name="reflections"/>, empty when they can be restored; <paramref name="today"/> is the
    /// latest date a decision can have, as the forms use it.
    /// </summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<Rejection> reflections, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reflections);
        var problems = new BackupProblems();
        Validate(reflections.Select((r, i) => (i + 1, r)), today, problems);
        return problems.ToList();
    }

    /// <summary>
    /// A copy in the form the app itself saves: facts trimmed and tags split as the form does, tool data in its stored
    /// JSON (null when empty), entries in step order and <see cref="Rejection.CompletedSteps"/> counted. No owner, no
    /// database ids. Only for reflections <see cref="Validate(IReadOnlyList{Rejection}, DateOnly)"/> found no problem in.
    /// </summary>
    public static Rejection Normalize(Rejection incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var normalized = new Rejection
        {
            OwnerId = "",
            ExternalId = incoming.ExternalId,
            Company = "",
            RoleTitle = "",
            CreatedAt = incoming.CreatedAt,
            UpdatedAt = incoming.UpdatedAt,
            FinishedAt = incoming.FinishedAt,
        };
        normalized.Apply(incoming.ToDetails());

        // OrderBy is stable: revisit notes written at the same moment keep the file's order.
        normalized.Entries = incoming.Entries
            .OrderBy(e => e.Step)
            .ThenBy(e => e.CreatedAt)
            .Select(e =>
            {
                var entry = new JournalEntry { OwnerId = "", Step = e.Step, CreatedAt = e.CreatedAt, UpdatedAt = e.UpdatedAt };
                entry.Apply(e.ToAnswer());
                return entry;
            })
            .ToList();
        normalized.CompletedSteps = normalized.StepsDone;
        return normalized;
    }

    internal static void Validate(IEnumerable<(int Position, Rejection Reflection)> reflections, DateOnly today, BackupProblems problems)
    {
        var firstWithId = new Dictionary<Guid, string>();
        foreach (var (position, reflection) in reflections)
        {
            var where = Where(position, reflection.Company, reflection.RoleTitle);
            if (reflection.ExternalId == Guid.Empty)
            {
                problems.Add(position, 0, IdField, $"{where}: has no id.");
            }
            else if (!firstWithId.TryAdd(reflection.ExternalId, where))
            {
                problems.Add(
                    position,
                    0,
                    IdField,
                    $"{where}: id {reflection.ExternalId} is also the id of {firstWithId[reflection.ExternalId]}; each reflection needs its own.");
            }

            CheckDetails(position, reflection, where, today, problems);
            CheckEntries(position, reflection, where, problems);
        }
    }

    /// <summary>"reflection 3 (Acme, Engineer)": the place in the file, with what the user will recognise it by.</summary>
    internal static string Where(int position, string? company, string? role)
    {
        var names = string.Join(", ", new[] { company, role }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Shorten(n!)));
        return names.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"reflection {position}")
            : string.Create(CultureInfo.InvariantCulture, $"reflection {position} ({names})");
    }

    /// <summary>"entry 2 (Feedback)".</summary>
    internal static string Entry(int index, ReflectionStep? step) => step is { } known && Enum.IsDefined(known)
        ? string.Create(CultureInfo.InvariantCulture, $"entry {index} ({known})")
        : string.Create(CultureInfo.InvariantCulture, $"entry {index}");

    /// <summary>A value quoted for a message, cut short and on one line.</summary>
    internal static string Quote(string value) => $"'{Shorten(value)}'";

    private static void CheckDetails(int position, Rejection reflection, string where, DateOnly today, BackupProblems problems)
    {
        var details = reflection.ToDetails();
        foreach (var key in details.Validate(today).Keys)
        {
            var (field, message) = key switch
            {
                nameof(RejectionDetails.Company) => (CompanyField, string.IsNullOrWhiteSpace(details.Company)
                    ? "company is missing."
                    : TooLong(CompanyField, details.Company.Trim().Length, RejectionDetails.MaxCompanyLength)),
                nameof(RejectionDetails.RoleTitle) => (RoleField, string.IsNullOrWhiteSpace(details.RoleTitle)
                    ? "role is missing."
                    : TooLong(RoleField, details.RoleTitle.Trim().Length, RejectionDetails.MaxRoleTitleLength)),
                nameof(RejectionDetails.Level) => (LevelField, TooLong(LevelField, details.Level!.Trim().Length, RejectionDetails.MaxShortFieldLength)),
                nameof(RejectionDetails.Team) => (TeamField, TooLong(TeamField, details.Team!.Trim().Length, RejectionDetails.MaxShortFieldLength)),
                nameof(RejectionDetails.DecidedOn) => (DecidedOnField, $"decidedOn {Date(details.DecidedOn!.Value)} is in the future."),
                nameof(RejectionDetails.Stage) => (StageField, Undefined(StageField, details.Stage!.Value)),
                nameof(RejectionDetails.Communication) => (CommunicationField, Undefined(CommunicationField, details.Communication!.Value)),
                nameof(RejectionDetails.Tags) => (TagsField, TagsProblem(details.Tags)),
                _ => (key, $"{key}: the value is not allowed."),
            };
            problems.Add(position, 0, field, $"{where}: {message}");
        }
    }

    private static string TagsProblem(string? tags)
    {
        var normalized = TextRules.NormalizeTags(tags);
        if (normalized.Count > TextRules.MaxTags)
        {
            return string.Create(CultureInfo.InvariantCulture, $"there are {normalized.Count} tags; the limit is {TextRules.MaxTags}.");
        }

        var tooLong = normalized.First(t => t.Length > TextRules.MaxTagLength);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"the tag {Quote(tooLong)} is {tooLong.Length} characters; a tag can have at most {TextRules.MaxTagLength}.");
    }

    private static void CheckEntries(int position, Rejection reflection, string where, BackupProblems problems)
    {
        var firstOfStep = new Dictionary<ReflectionStep, int>();
        var index = 0;
        foreach (var entry in reflection.Entries)
        {
            index++;
            var at = $"{where}, {Entry(index, entry.Step)}";
            if (!Enum.IsDefined(entry.Step))
            {
                problems.Add(position, index, StepField, string.Create(
                    CultureInfo.InvariantCulture, $"{at}: step {(int)entry.Step} is out of range; a step is one of {Names<ReflectionStep>()}."));
                continue;
            }

            if (StepGuide.IsGuided(entry.Step) && !firstOfStep.TryAdd(entry.Step, index))
            {
                problems.Add(position, index, StepField, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{at}: the {entry.Step} step is already entry {firstOfStep[entry.Step]}; each guided step is written once."));
            }

            CheckAnswer(position, index, entry, at, problems);
        }
    }

    private static void CheckAnswer(int position, int index, JournalEntry entry, string at, BackupProblems problems)
    {
        StepData? data = null;
        if (entry.Data is not null)
        {
            if (StepData.Create(entry.Step) is null)
            {
                problems.Add(position, index, DataField, $"{at}: has data, but the {entry.Step} step has no tool to hold it.");
            }
            else
            {
                try
                {
                    data = StepData.Parse(entry.Step, entry.Data);
                }
                catch (JsonException ex)
                {
                    var path = ex.Path is { Length: > 1 } p ? $"data{p[1..]}" : DataField;
                    problems.Add(position, index, DataField, $"{at}: {path} can't be read: a value has the wrong type or is not one of the options.");
                }
            }
        }

        var answer = new StepAnswer(entry.Text, entry.Mood, entry.Takeaway, entry.RevisitOn, data);
        foreach (var (key, message) in answer.Validate(entry.Step))
        {
            var (field, problem) = key switch
            {
                nameof(StepAnswer.Text) => (TextField, TooLong(TextField, entry.Text.Length, StepAnswer.MaxTextLength)),
                nameof(StepAnswer.Mood) => (MoodField, entry.Mood is < 1 or > 5
                    ? string.Create(CultureInfo.InvariantCulture, $"mood {entry.Mood} is out of range; a mood is 1 to 5.")
                    : "has a mood, but only check-in and wrap-up record one."),
                nameof(StepAnswer.Takeaway) when entry.Step != ReflectionStep.WrapUp => (TakeawayField, "has a takeaway, but only the wrap-up has one."),
                nameof(StepAnswer.Takeaway) when entry.Takeaway!.Length > StepAnswer.MaxTakeawayLength =>
                    (TakeawayField, TooLong(TakeawayField, entry.Takeaway.Length, StepAnswer.MaxTakeawayLength)),
                nameof(StepAnswer.Takeaway) => (TakeawayField, "the takeaway must be a single line."),
                nameof(StepAnswer.RevisitOn) => (RevisitOnField, "has a revisitOn date, but only the wrap-up has one."),
                nameof(StepAnswer.Data) => (DataField, "the data belongs to another step."),
                _ => (key, $"{ToolField(key)}: {message}"),
            };
            problems.Add(position, index, field, $"{at}: {problem}");
        }
    }

    // Tool errors are keyed "list" or "list:itemId:Field"; say it the way the file does: data.people item 3f2c…, name.
    private static string ToolField(string key)
    {
        var parts = key.Split(':');
        var list = $"{DataField}.{JsonNamingPolicy.CamelCase.ConvertName(string.Concat(parts[0].Split('-').Select(Capitalize)))}";
        return parts.Length == 3 && Guid.TryParseExact(parts[1], "N", out var id)
            ? $"{list} item {id}, {JsonNamingPolicy.CamelCase.ConvertName(parts[2])}"
            : list;
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string TooLong(string field, int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} is {length:N0} characters; the limit is {limit:N0}.");

    private static string Undefined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum =>
        string.Create(CultureInfo.InvariantCulture, $"{field} {Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not one of {Names<TEnum>()}.");

    private static string Shorten(string value)
    {
        var line = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= ShortNameLength)
        {
            return line;
        }

        // Never cut an emoji in half: the message must stay valid text.
        var end = char.IsHighSurrogate(line[ShortNameLength - 1]) ? ShortNameLength - 1 : ShortNameLength;
        return line[..end] + "…";
    }
}
