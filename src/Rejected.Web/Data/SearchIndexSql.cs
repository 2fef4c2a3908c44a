namespace Rejected.Web.Data;

/// <summary>
/// The SQLite FTS5 index behind full-text search, and the triggers that keep it in step with the journal.
/// Created by a migration. Each rejection has one row for its facts (rowid = -Id) and each journal entry one
/// row (rowid = entry Id); OwnerKey holds the owner's id as one token ("o" + the id without hyphens, see
/// <see cref="OwnerToken"/>) so a search can ask FTS5 itself for one user's rows cheaply.
/// </summary>
public static class SearchIndexSql
{
    public const string Table = "SearchIndex";

    /// <summary>The single FTS5 token that stands for a user in OwnerKey; matches what the triggers write.</summary>
    public static string OwnerToken(string userId) => "o" + new string(userId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();

    private const string OwnerKeyOf = "'o' || lower(replace({0}, '-', ''))";

    /// <summary>Only these JSON keys hold the user's own words; ids and option values are left out.</summary>
    private const string TextKeys =
        "'name','said','from','title','what','whoToTalkTo','notes','text','verdictWhy','wantVsFit','company','scope','yourRead','teamOrRole'";

    private const string FactsBody =
        "NEW.\"Company\" || ' ' || NEW.\"RoleTitle\" || ' ' || coalesce(NEW.\"Level\", '') || ' ' || coalesce(NEW.\"Team\", '') || ' ' || "
        + "coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.\"Tags\")), '')";

    private const string EntryBody =
        "NEW.\"Text\" || ' ' || coalesce(NEW.\"Takeaway\", '') || ' ' || "
        + "coalesce((SELECT group_concat(value, ' ') FROM json_tree(NEW.\"Data\") WHERE type = 'text' AND key IN (" + TextKeys + ")), '')";

    private static readonly string NewOwnerKey = string.Format(System.Globalization.CultureInfo.InvariantCulture, OwnerKeyOf, "NEW.\"OwnerId\"");

    public static readonly string[] Create =
    [
        $"""
        CREATE VIRTUAL TABLE "{Table}" USING fts5(
            OwnerKey, RejectionId UNINDEXED, Step UNINDEXED, Body,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        """,
        $"""
        CREATE TRIGGER "Rejections_SearchInsert" AFTER INSERT ON "Rejections" BEGIN
            INSERT INTO "{Table}"(rowid, OwnerKey, RejectionId, Step, Body) VALUES (-NEW."Id", {NewOwnerKey}, NEW."Id", -1, {FactsBody});
        END;
        """,
        $"""
        CREATE TRIGGER "Rejections_SearchUpdate" AFTER UPDATE OF "Company", "RoleTitle", "Level", "Team", "Tags", "OwnerId" ON "Rejections" BEGIN
            DELETE FROM "{Table}" WHERE rowid = -OLD."Id";
            INSERT INTO "{Table}"(rowid, OwnerKey, RejectionId, Step, Body) VALUES (-NEW."Id", {NewOwnerKey}, NEW."Id", -1, {FactsBody});
        END;
        """,
        $"""
        CREATE TRIGGER "Rejections_SearchDelete" AFTER DELETE ON "Rejections" BEGIN
            DELETE FROM "{Table}" WHERE rowid = -OLD."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_SearchInsert" AFTER INSERT ON "JournalEntries" BEGIN
            INSERT INTO "{Table}"(rowid, OwnerKey, RejectionId, Step, Body) VALUES (NEW."Id", {NewOwnerKey}, NEW."RejectionId", NEW."Step", {EntryBody});
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_SearchUpdate" AFTER UPDATE OF "Text", "Takeaway", "Data", "OwnerId" ON "JournalEntries" BEGIN
            DELETE FROM "{Table}" WHERE rowid = OLD."Id";
            INSERT INTO "{Table}"(rowid, OwnerKey, RejectionId, Step, Body) VALUES (NEW."Id", {NewOwnerKey}, NEW."RejectionId", NEW."Step", {EntryBody});
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_SearchDelete" AFTER DELETE ON "JournalEntries" BEGIN
            DELETE FROM "{Table}" WHERE rowid = OLD."Id";
        END;
        """,
        // Index what is already there.
        $"""
        INSERT INTO "{Table}"(rowid, OwnerKey, RejectionId, Step, Body)
        SELECT -"Id", {string.Format(System.Globalization.CultureInfo.InvariantCulture, OwnerKeyOf, "\"OwnerId\"")}, "Id", -1, {FactsBody.Replace("NEW.", "", StringComparison.Ordinal)} FROM "Rejections";
        """,
        $"""
        INSERT INTO "{Table}"(rowid, OwnerKey, RejectionId, Step, Body)
        SELECT "Id", {string.Format(System.Globalization.CultureInfo.InvariantCulture, OwnerKeyOf, "\"OwnerId\"")}, "RejectionId", "Step", {EntryBody.Replace("NEW.", "", StringComparison.Ordinal)} FROM "JournalEntries";
        """,
    ];

    public static readonly string[] Drop =
    [
        "DROP TRIGGER IF EXISTS \"Rejections_SearchInsert\";",
        "DROP TRIGGER IF EXISTS \"Rejections_SearchUpdate\";",
        "DROP TRIGGER IF EXISTS \"Rejections_SearchDelete\";",
        "DROP TRIGGER IF EXISTS \"JournalEntries_SearchInsert\";",
        "DROP TRIGGER IF EXISTS \"JournalEntries_SearchUpdate\";",
        "DROP TRIGGER IF EXISTS \"JournalEntries_SearchDelete\";",
        $"DROP TABLE IF EXISTS \"{Table}\";",
    ];

    /// <summary>Fills the progress columns from the entries, for journals written before they existed.</summary>
    public const string BackfillProgress = """
        UPDATE "Rejections" SET "CompletedSteps" = (
            SELECT COUNT(*) FROM "JournalEntries" e
            WHERE e."RejectionId" = "Rejections"."Id" AND (
                (e."Step" = 0 AND e."Mood" IS NOT NULL)
                OR (e."Step" = 5 AND trim(coalesce(e."Takeaway", ''), ' ' || char(9) || char(10) || char(13)) <> '')
                OR (e."Step" BETWEEN 1 AND 4 AND (trim(e."Text", ' ' || char(9) || char(10) || char(13)) <> '' OR e."Data" IS NOT NULL))));
        UPDATE "Rejections" SET "FinishedAt" = "UpdatedAt" WHERE "CompletedSteps" = 6;
        """;
}
