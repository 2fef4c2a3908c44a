namespace Rejected.Web.Data;

/// <summary>
/// The SQLite FTS5 index behind full-text search, and the triggers that keep it in step with the journal.
/// Created by a migration. Each journal entry has one row, and each rejection one for its facts (company, role,
/// tags…). Rowids partition the index by user: the high 32 bits are the user's number in "SearchOwners", the low
/// bits the entry id, or <see cref="FactsRow"/> + the rejection id for facts. A search gives FTS5 the user's
/// rowid range, which it applies while reading each word's list of rows: no per-user token to intersect, and
/// bm25 ranks only the rows asked for. Within a user, a higher rowid is newer, and facts count as newest.
/// </summary>
public static class SearchIndexSql
{
    public const string Table = "SearchIndex";

    /// <summary>Gives each user a number (never reused) that places their rows in the index.</summary>
    public const string Owners = "SearchOwners";

    /// <summary>Added to a rejection's id to make the low half of its facts row's rowid.</summary>
    public const long FactsRow = 1L << 31;

    /// <summary>The number of rowids each user has: one 32-bit block.</summary>
    public const long OwnerBlock = 1L << 32;

    private static string OwnerBase(string ownerId) => $"""((SELECT "Key" FROM "{Owners}" WHERE "OwnerId" = {ownerId}) * {OwnerBlock})""";

    private static string EntryRow(string row) => $"""({OwnerBase(row + ".\"OwnerId\"")} + {row}."Id")""";

    private static string FactsRowOf(string row) => $"""({OwnerBase(row + ".\"OwnerId\"")} + {FactsRow} + {row}."Id")""";

    /// <summary>Only these JSON keys hold the user's own words; ids and option values are left out.</summary>
    private const string TextKeys =
        "'name','said','from','title','what','whoToTalkTo','notes','text','verdictWhy','wantVsFit','company','scope','yourRead','teamOrRole'";

    private static string FactsBody(string row) =>
        $"{row}.\"Company\" || ' ' || {row}.\"RoleTitle\" || ' ' || coalesce({row}.\"Level\", '') || ' ' || coalesce({row}.\"Team\", '') || ' ' || "
        + $"coalesce((SELECT group_concat(value, ' ') FROM json_each({row}.\"Tags\")), '')";

    private static string EntryBody(string row) =>
        $"{row}.\"Text\" || ' ' || coalesce({row}.\"Takeaway\", '') || ' ' || "
        + $"coalesce((SELECT group_concat(value, ' ') FROM json_tree({row}.\"Data\") WHERE type = 'text' AND key IN ({TextKeys})), '')";

    public static readonly string[] Create =
    [
        $"""
        CREATE TABLE "{Owners}" (
            "Key" INTEGER PRIMARY KEY AUTOINCREMENT,
            "OwnerId" TEXT NOT NULL UNIQUE REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE);
        """,
        $"""INSERT INTO "{Owners}" ("OwnerId") SELECT "Id" FROM "AspNetUsers" ORDER BY rowid;""",
        $"""
        CREATE TRIGGER "AspNetUsers_SearchOwner" AFTER INSERT ON "AspNetUsers" BEGIN
            INSERT INTO "{Owners}" ("OwnerId") VALUES (NEW."Id");
        END;
        """,
        // Whichever the cascade from a deleted user reaches first, the user's rows go.
        $"""
        CREATE TRIGGER "SearchOwners_Delete" AFTER DELETE ON "{Owners}" BEGIN
            DELETE FROM "{Table}" WHERE rowid BETWEEN OLD."Key" * {OwnerBlock} AND OLD."Key" * {OwnerBlock} + {OwnerBlock - 1};
        END;
        """,
        $"""
        CREATE VIRTUAL TABLE "{Table}" USING fts5(
            RejectionId UNINDEXED, Step UNINDEXED, Body,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
        """,
        $"""
        CREATE TRIGGER "Rejections_SearchInsert" AFTER INSERT ON "Rejections" BEGIN
            INSERT INTO "{Table}"(rowid, RejectionId, Step, Body) VALUES ({FactsRowOf("NEW")}, NEW."Id", -1, {FactsBody("NEW")});
        END;
        """,
        $"""
        CREATE TRIGGER "Rejections_SearchUpdate" AFTER UPDATE OF "Company", "RoleTitle", "Level", "Team", "Tags", "OwnerId" ON "Rejections" BEGIN
            DELETE FROM "{Table}" WHERE rowid = {FactsRowOf("OLD")};
            INSERT INTO "{Table}"(rowid, RejectionId, Step, Body) VALUES ({FactsRowOf("NEW")}, NEW."Id", -1, {FactsBody("NEW")});
        END;
        """,
        $"""
        CREATE TRIGGER "Rejections_SearchDelete" AFTER DELETE ON "Rejections" BEGIN
            DELETE FROM "{Table}" WHERE rowid = {FactsRowOf("OLD")};
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_SearchInsert" AFTER INSERT ON "JournalEntries" BEGIN
            INSERT INTO "{Table}"(rowid, RejectionId, Step, Body) VALUES ({EntryRow("NEW")}, NEW."RejectionId", NEW."Step", {EntryBody("NEW")});
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_SearchUpdate" AFTER UPDATE OF "Text", "Takeaway", "Data", "OwnerId" ON "JournalEntries" BEGIN
            DELETE FROM "{Table}" WHERE rowid = {EntryRow("OLD")};
            INSERT INTO "{Table}"(rowid, RejectionId, Step, Body) VALUES ({EntryRow("NEW")}, NEW."RejectionId", NEW."Step", {EntryBody("NEW")});
        END;
        """,
        $"""
        CREATE TRIGGER "JournalEntries_SearchDelete" AFTER DELETE ON "JournalEntries" BEGIN
            DELETE FROM "{Table}" WHERE rowid = {EntryRow("OLD")};
        END;
        """,
        // Index what is already there.
        $"""
        INSERT INTO "{Table}"(rowid, RejectionId, Step, Body)
        SELECT {FactsRowOf("r")}, r."Id", -1, {FactsBody("r")} FROM "Rejections" AS r;
        """,
        $"""
        INSERT INTO "{Table}"(rowid, RejectionId, Step, Body)
        SELECT {EntryRow("e")}, e."RejectionId", e."Step", {EntryBody("e")} FROM "JournalEntries" AS e;
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
        "DROP TRIGGER IF EXISTS \"AspNetUsers_SearchOwner\";",
        "DROP TRIGGER IF EXISTS \"SearchOwners_Delete\";",
        $"DROP TABLE IF EXISTS \"{Table}\";",
        $"DROP TABLE IF EXISTS \"{Owners}\";",
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
