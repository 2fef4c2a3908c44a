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
    public const int MaxResults = 50;

    // Markers FTS5 puts around matched words; control characters never survive into indexed text unescaped,
    // so the snippet can be HTML-encoded first and the markers turned into <mark> afterwards.
    private const string MatchStart = "\u0002";
    private const string MatchEnd = "\u0003";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string userId, string? text, int limit = MaxResults, CancellationToken ct = default)
    {
        var match = SearchQuery.ToFts5(text);
        if (match is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);

        // Raw SQL skips EF's owner filter, so the owner is applied twice: inside FTS5 (OwnerKey, which keeps
        // the search to this user's rows) and again by joining the rejection on its owner.
        var ownerPhrase = "\"" + userId.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var fts = $"OwnerKey : {ownerPhrase} AND ({match})";
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT s.RejectionId AS RejectionId, s.Step AS Step, r.Company AS Company, r.RoleTitle AS RoleTitle,
                   snippet("SearchIndex", 3, {MatchStart}, {MatchEnd}, '…', 16) AS Snippet
            FROM "SearchIndex" AS s
            JOIN "Rejections" AS r ON r.Id = s.RejectionId AND r.OwnerId = {userId}
            WHERE "SearchIndex" MATCH {fts}
            ORDER BY rank
            LIMIT {Math.Clamp(limit, 1, MaxResults)}
            """).ToListAsync(ct);

        return rows.Select(r => new SearchHit(
            r.RejectionId,
            r.Company,
            r.RoleTitle,
            r.Step is >= 0 and <= (int)ReflectionStep.Revisit ? (ReflectionStep)r.Step : null,
            Highlight(r.Snippet))).ToList();
    }

    /// <summary>The plain LIKE search the FTS5 index replaces; kept for the benchmark's comparison.</summary>
    public async Task<int> CountWithLikeAsync(string userId, string word, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateForOwnerAsync(userId, ct);
        var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return await db.JournalEntries.CountAsync(e => EF.Functions.Like(e.Text, pattern, "\\"), ct);
    }

    private static string Highlight(string? snippet) =>
        WebUtility.HtmlEncode(snippet ?? "")
            .Replace(MatchStart, "<mark>", StringComparison.Ordinal)
            .Replace(MatchEnd, "</mark>", StringComparison.Ordinal);

    private sealed record SearchRow(int RejectionId, int Step, string Company, string RoleTitle, string? Snippet);
}
