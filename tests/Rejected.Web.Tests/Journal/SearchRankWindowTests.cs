using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

/// <summary>
/// A word in more than <see cref="SearchService.RankWindow"/> of a user's rows: only the newest that many are ranked,
/// the facts of every reflection count as newest, and another user's rows neither show nor take up the window.
/// </summary>
public sealed class SearchRankWindowTests : IDisposable
{
    private const int Window = SearchService.RankWindow;

    // Notes of the same length, so only how often "salary" comes up sets their rank.
    private const string Four = "salary salary salary salary talk";
    private const string Three = "salary salary salary talk went";
    private const string Two = "salary salary talk went fine";
    private const string One = "salary talk went fine today";

    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new();
    private readonly ReflectionService reflections;
    private readonly SearchService search;
    private readonly string alice;
    private readonly string bob;

    public SearchRankWindowTests()
    {
        reflections = new ReflectionService(database.Factory, new FakeTimeProvider(Now));
        search = new SearchService(database.Factory);
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task WithNoMoreMatchesThanTheWindowTheBestRankedComesFirstHoweverOld()
    {
        var (strong, edge, newest, bulk) = await WriteAsync(matches: Window);

        var hits = await search.SearchAsync(alice, "salary");

        Assert.Equal(SearchService.MaxResults, hits.Count);
        Assert.Equal([strong, edge, newest], hits.Take(3).Select(h => h.RejectionId));
        Assert.All(hits.Skip(3), h => Assert.Equal((bulk, ReflectionStep.Revisit), (h.RejectionId, h.Step)));
    }

    [Fact]
    public async Task WithMoreMatchesThanTheWindowOnlyTheNewestAreRanked()
    {
        // One match more than the window: the oldest, which would rank first of all, is left out; the next
        // oldest is the last one in the window and still ranks first.
        var (strong, edge, newest, bulk) = await WriteAsync(matches: Window + 1);

        var hits = await search.SearchAsync(alice, "salary");

        Assert.Equal(SearchService.MaxResults, hits.Count);
        Assert.DoesNotContain(strong, hits.Select(h => h.RejectionId));
        Assert.Equal([edge, newest], hits.Take(2).Select(h => h.RejectionId));
        Assert.All(hits.Skip(2), h => Assert.Equal(bulk, h.RejectionId));
    }

    [Fact]
    public async Task TheOldMatchIsStillFoundByAWordOnlyItHas()
    {
        var (strong, _, _, _) = await WriteAsync(matches: Window + 50, strongText: Four + " bonus");

        Assert.Equal(strong, Assert.Single(await search.SearchAsync(alice, "bonus")).RejectionId);
        Assert.Equal(strong, Assert.Single(await search.SearchAsync(alice, "salary bonus")).RejectionId);
    }

    [Fact]
    public async Task ACompanyMatchIsFoundAmongMoreMatchingEntriesThanTheWindow()
    {
        // The oldest reflection: its facts row still counts as newer than every entry.
        var company = await CreateAsync(alice, "Salary Negotiators");
        var bulk = await CreateAsync(alice, "Bulk Corp");
        await AddNotesAsync(alice, bulk, "salary came up once in a long note about all the other things that were discussed today", Window + 50);

        var hits = await search.SearchAsync(alice, "salary");

        Assert.Equal(SearchService.MaxResults, hits.Count);
        Assert.Equal((company, (ReflectionStep?)null), (hits[0].RejectionId, hits[0].Step));
        Assert.Equal("Salary Negotiators", hits[0].Company);
        Assert.All(hits.Skip(1), h => Assert.Equal((bulk, ReflectionStep.Revisit), (h.RejectionId, h.Step)));
    }

    [Fact]
    public async Task AnotherUsersMatchesNeitherShowNorCrowdOutTheUsersOwn()
    {
        var (strong, edge, newest, _) = await WriteAsync(matches: Window);
        // Bob writes later, more, and more pointedly, and even works for a salary company.
        var bobs = await CreateAsync(bob, "Salary Bob Inc");
        await AddNotesAsync(bob, bobs, "salary salary salary salary salary", Window + 100);
        await AddNotesAsync(bob, bobs, "payroll only here", 1);

        var hits = await search.SearchAsync(alice, "salary");

        Assert.Equal([strong, edge, newest], hits.Take(3).Select(h => h.RejectionId));
        Assert.DoesNotContain(hits, h => h.RejectionId == bobs || h.Company.Contains("Bob", StringComparison.Ordinal));
        Assert.Empty(await search.SearchAsync(alice, "payroll"));
        Assert.Empty(await search.SearchAsync(alice, "Inc"));
        var bobsHits = await search.SearchAsync(bob, "salary");
        Assert.Equal(SearchService.MaxResults, bobsHits.Count);
        Assert.All(bobsHits, h => Assert.Equal(bobs, h.RejectionId));
    }

    /// <summary>
    /// Alice's notes that mention "salary", oldest first: the strongest, a strong one, <paramref name="matches"/> − 3
    /// weak ones, and a fairly strong newest one. Each group is saved before the next, so ids grow in that order.
    /// </summary>
    private async Task<(int Strong, int Edge, int Newest, int Bulk)> WriteAsync(int matches, string strongText = Four)
    {
        var strong = await CreateAsync(alice, "Strong Corp");
        var edge = await CreateAsync(alice, "Edge Corp");
        var newest = await CreateAsync(alice, "Newest Corp");
        var bulk = await CreateAsync(alice, "Bulk Corp");
        await AddNotesAsync(alice, strong, strongText, 1);
        await AddNotesAsync(alice, edge, Three, 1);
        await AddNotesAsync(alice, bulk, One, matches - 3);
        await AddNotesAsync(alice, newest, Two, 1);
        return (strong, edge, newest, bulk);
    }

    private async Task<int> CreateAsync(string user, string company)
    {
        var result = await reflections.CreateAsync(user, new RejectionDetails { Company = company, RoleTitle = "Backend Engineer" });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    // Revisit notes, as many as wanted per reflection, written in one statement to keep the test quick; the
    // triggers index them as they would any note.
    private async Task AddNotesAsync(string user, int rejectionId, string text, int count)
    {
        var ticks = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(Now)!;
        await using var db = database.CreateContext(user);
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO "JournalEntries" ("RejectionId", "OwnerId", "Step", "Text", "CreatedAt", "UpdatedAt", "Version")
            SELECT {rejectionId}, {user}, {(int)ReflectionStep.Revisit}, {text}, {ticks}, {ticks}, 1 FROM n
            """);
    }
}
