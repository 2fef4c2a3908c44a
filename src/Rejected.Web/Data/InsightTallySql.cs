using System.Text.Json;
using Rejected.Core.Insights;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Web.Data;

/// <summary>
/// The triggers that keep <see cref="InsightTally"/> rows in step with the feedback (step 1) and action (step 3)
/// entries: every insert, update or delete takes the old entry's contribution away and adds the new one's.
/// Categories and statuses come from the tool JSON; themes need Core's extractor, so the app stores them in the
/// entry's "Themes" column on save (see <see cref="JournalDbContext"/>) and the triggers count that.
/// </summary>
public static class InsightTallySql
{
    public const string Table = "InsightTallies";

    /// <summary>The shadow column on JournalEntries with the themes of a feedback entry, as a JSON array.</summary>
    public const string ThemesColumn = "Themes";

    private const int Feedback = (int)ReflectionStep.Feedback;
    private const int Experience = (int)ReflectionStep.Experience;

    // SQLite's trim() strips only spaces; an action is blank when string.IsNullOrWhiteSpace says so (as in the
    // growth plan), so every character it skips is trimmed.
    private static readonly string WhiteSpace =
        $"char({string.Join(", ", Enumerable.Range(0, char.MaxValue + 1).Where(c => char.IsWhiteSpace((char)c)))})";

    /// <summary>The value of the Themes column for a feedback tool's JSON.</summary>
    public static string ThemesOf(string? feedbackJson) =>
        JsonSerializer.Serialize(ThemeExtractor.RejectionThemes(StepData.Parse<FeedbackData>(feedbackJson).Received.Select(r => r.Said)));

    // What entries add to the tallies, as (OwnerId, Kind, Value) rows: each entry's distinct feedback categories,
    // its themes, and the status of each action that has a description (blank actions are not counted anywhere).
    // In a trigger `row` is NEW or OLD; to count every entry, `from` names the table and `row` is its alias.
    private static string Contribution(string row, string from = "") => $"""
        SELECT {row}."OwnerId" AS OwnerId, {(int)TallyKind.FeedbackCategory} AS Kind, json_extract(item.value, '$.category') AS Value
        FROM {from}json_each(CASE WHEN {row}."Step" = {Feedback} THEN {row}."Data" END, '$.received') AS item
        WHERE json_extract(item.value, '$.category') IS NOT NULL
        GROUP BY {row}."Id", 3
        UNION ALL
        SELECT {row}."OwnerId", {(int)TallyKind.FeedbackTheme}, theme.value
        FROM {from}json_each(CASE WHEN {row}."Step" = {Feedback} THEN {row}."{ThemesColumn}" END) AS theme
        UNION ALL
        SELECT {row}."OwnerId", {(int)TallyKind.ActionStatus}, coalesce(json_extract(item.value, '$.status'), '{nameof(ActionStatus.Planned)}')
        FROM {from}json_each(CASE WHEN {row}."Step" = {Experience} THEN {row}."Data" END, '$.actions') AS item
        WHERE trim(coalesce(json_extract(item.value, '$.what'), ''), {WhiteSpace}) <> ''
        """;

    private static string Add(string row) => $"""
        INSERT INTO "{Table}" ("OwnerId", "Kind", "Value", "Count", "IsPhrase")
        SELECT {row}."OwnerId", c.Kind, c.Value, COUNT(*), c.Kind = {(int)TallyKind.FeedbackTheme} AND instr(c.Value, ' ') > 0
        FROM ({Contribution(row)}) AS c
        WHERE true
        GROUP BY c.Kind, c.Value
        ON CONFLICT ("OwnerId", "Kind", "Value") DO UPDATE SET "Count" = "Count" + excluded."Count";
        """;

    private static string Subtract(string row) => $"""
        UPDATE "{Table}" SET "Count" = "Count" - c.n
        FROM (SELECT Kind, Value, COUNT(*) AS n FROM ({Contribution(row)}) GROUP BY Kind, Value) AS c
        WHERE "{Table}"."OwnerId" = {row}."OwnerId" AND "{Table}"."Kind" = c.Kind AND "{Table}"."Value" = c.Value;
        DELETE FROM "{Table}" WHERE "OwnerId" = {row}."OwnerId" AND "Count" <= 0;
        """;

    private static readonly string Counted = $"IN ({Feedback}, {Experience})";

    public static readonly string[] Create =
    [
        $"""
        CREATE TRIGGER "JournalEntries_TallyInsert" AFTER INSERT ON "JournalEntries" WHEN NEW."Step" {Counted} BEGIN
        {Add("NEW")}
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_TallyUpdate" AFTER UPDATE OF "Data", "{ThemesColumn}", "Step", "OwnerId" ON "JournalEntries"
        WHEN OLD."Step" {Counted} OR NEW."Step" {Counted} BEGIN
        {Subtract("OLD")}
        {Add("NEW")}
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_TallyDelete" AFTER DELETE ON "JournalEntries" WHEN OLD."Step" {Counted} BEGIN
        {Subtract("OLD")}
        END;
        """,
        // Count what is already there, all at once. (Touching each entry to run the update trigger would take away
        // contributions that were never added.) Themes follow when the app fills the Themes column at start-up
        // (see DatabaseMigrator).
        $"""
        INSERT INTO "{Table}" ("OwnerId", "Kind", "Value", "Count", "IsPhrase")
        SELECT c.OwnerId, c.Kind, c.Value, COUNT(*), c.Kind = {(int)TallyKind.FeedbackTheme} AND instr(c.Value, ' ') > 0
        FROM ({Contribution("e", "\"JournalEntries\" AS e, ")}) AS c
        GROUP BY c.OwnerId, c.Kind, c.Value;
        """,
    ];

    public static readonly string[] Drop =
    [
        "DROP TRIGGER IF EXISTS \"JournalEntries_TallyInsert\";",
        "DROP TRIGGER IF EXISTS \"JournalEntries_TallyUpdate\";",
        "DROP TRIGGER IF EXISTS \"JournalEntries_TallyDelete\";",
    ];
}
