using System.Net;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Core.Search;
using Rejected.Web.Data;

namespace Rejected.Web.Journal;

/// <summary>One match: which reflection and step, and a snippet whose matched words are wrapped in &lt;mark&gt;.</summary>
public sealed record SearchHit(int RejectionId, string Company, string RoleTitle, ReflectionStep? Step, string SnippetHtml);

/// <summary>Full-text search over everything a user wrote, through the FTS5 index kept by triggers (see SearchIndexSql).</summary>
public sealed class SearchService(IDbContextFactory<JournalDbContext> dbFactory)
{
    public const int MaxResults = 20;

    /// <summary>How many of the newest matches are ranked by relevance when a search matches more.</summary>
    public const int RankWindow = 1_000;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string userId, string? text, int limit = MaxResults, CancellationToken ct = default)
    {
        var match = SearchQuery.ToFts5(text);
        if (match is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);

        // FTS5 wraps matched words in these markers. They are new for every search, so no text a user wrote can
        // contain them: the snippet is HTML-encoded first and only the markers become <mark> afterwards.
        var marker = Guid.NewGuid().ToString("N");
        var (matchStart, matchEnd) = ($"[{marker}[", $"]{marker}]");

        // Raw SQL skips EF's owner filter, so the owner is applied twice: FTS5 reads only the user's block of
        // rowids (see SearchIndexSql), and the join checks each hit's rejection belongs to the user.
        // bm25 costs a look-up per match, so ranking is limited to the newest RankWindow matches: FTS5 walks the
        // user's rowids newest first and stops, then ranks from there up. Snippets are made for the best few only.
        var fts = $"Body : ({match})";
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            WITH owner AS (
                SELECT "Key" * {SearchIndexSql.OwnerBlock} AS Low, "Key" * {SearchIndexSql.OwnerBlock} + {SearchIndexSql.OwnerBlock - 1} AS High
                FROM "SearchOwners" WHERE "OwnerId" = {userId}),
            newest AS (
                SELECT rowid AS Id FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {fts} AND rowid BETWEEN (SELECT Low FROM owner) AND (SELECT High FROM owner)
                ORDER BY rowid DESC
                LIMIT {RankWindow}),
            hits AS (
                SELECT RejectionId, Step, snippet("SearchIndex", 2, {matchStart}, {matchEnd}, '…', 16) AS Snippet, rank AS Rank
                FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {fts} AND rowid BETWEEN (SELECT min(Id) FROM newest) AND (SELECT High FROM owner)
                ORDER BY rank
                LIMIT {Math.Clamp(limit, 1, MaxResults)})
            SELECT h.RejectionId AS RejectionId, h.Step AS Step, r.Company AS Company, r.RoleTitle AS RoleTitle, h.Snippet AS Snippet
            FROM hits AS h
            JOIN "Rejections" AS r ON r.Id = h.RejectionId AND r.OwnerId = {userId}
            ORDER BY h.Rank
            """).ToListAsync(ct);

        return rows.Select(r => new SearchHit(
            r.RejectionId,
            r.Company,
            r.RoleTitle,
            r.Step is >= 0 and <= (int)ReflectionStep.Revisit ? (ReflectionStep)r.Step : null,
            Highlight(r.Snippet, matchStart, matchEnd))).ToList();
    }

    private static string Highlight(string? snippet, string matchStart, string matchEnd) =>
        WebUtility.HtmlEncode(snippet ?? "")
            .Replace(matchStart, "<mark>", StringComparison.Ordinal)
            .Replace(matchEnd, "</mark>", StringComparison.Ordinal);

    private sealed record SearchRow(int RejectionId, int Step, string Company, string RoleTitle, string? Snippet);
}
