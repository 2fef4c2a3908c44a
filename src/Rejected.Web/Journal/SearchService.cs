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

        // Raw SQL skips EF's owner filter, so the owner is applied twice: inside FTS5 (OwnerKey, which keeps
        // the search to this user's rows) and again by joining the rejection on its owner. The user's terms are
        // held to Body: unfiltered, they would also match OwnerKey, and searching for one's own id found every row.
        var fts = $"OwnerKey : \"{SearchIndexSql.OwnerToken(userId)}\" AND Body : ({match})";
        // FTS5 finds and ranks first (its LIMIT keeps snippet work small); the join then re-checks the owner.
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            WITH hits AS (
                SELECT RejectionId, Step, snippet("SearchIndex", 3, {matchStart}, {matchEnd}, '…', 16) AS Snippet, rank AS Rank
                FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {fts}
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
