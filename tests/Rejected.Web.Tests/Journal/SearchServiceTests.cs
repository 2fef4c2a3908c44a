using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Web.Data;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

/// <summary>Full-text search through the FTS5 index the migration creates and its triggers keep in step.</summary>
public sealed class SearchServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ReflectionService reflections;
    private readonly SearchService search;
    private readonly string alice;
    private readonly string bob;

    public SearchServiceTests()
    {
        reflections = new ReflectionService(database.Factory, clock);
        search = new SearchService(database.Factory);
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AWordInAJournalEntryIsFoundWithItsReflectionAndStep()
    {
        var id = await CreateAsync(alice, "Contoso", "Backend Engineer");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("The recruiter called back."));

        var hit = Assert.Single(await search.SearchAsync(alice, "recruiter"));

        Assert.Equal(id, hit.RejectionId);
        Assert.Equal("Contoso", hit.Company);
        Assert.Equal("Backend Engineer", hit.RoleTitle);
        Assert.Equal(ReflectionStep.Feedback, hit.Step);
    }

    [Fact]
    public async Task ATextThatMentionsTheWordMoreOftenRanksFirst()
    {
        // Same length, so only the number of mentions tells them apart; the weaker one is written first.
        var once = await CreateAsync(alice, "Once Corp");
        await SaveAsync(alice, once, ReflectionStep.Feedback, new StepAnswer("salary talk went fine today"));
        var thrice = await CreateAsync(alice, "Thrice Corp");
        await SaveAsync(alice, thrice, ReflectionStep.Feedback, new StepAnswer("salary salary salary talk today"));

        var hits = await search.SearchAsync(alice, "salary");

        Assert.Equal([thrice, once], hits.Select(h => h.RejectionId));
    }

    [Fact]
    public async Task AShortTextMentioningTheWordRanksBeforeALongOne()
    {
        var longer = await CreateAsync(alice, "Long Corp");
        var filler = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"filler{i}"));
        await SaveAsync(alice, longer, ReflectionStep.Feedback, new StepAnswer($"salary {filler}"));
        var shorter = await CreateAsync(alice, "Short Corp");
        await SaveAsync(alice, shorter, ReflectionStep.Feedback, new StepAnswer("salary was the question"));

        var hits = await search.SearchAsync(alice, "salary");

        Assert.Equal([shorter, longer], hits.Select(h => h.RejectionId));
    }

    [Fact]
    public async Task TheSnippetMarksTheMatchedWord()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Next time I will ask the recruiter first."));

        var hit = Assert.Single(await search.SearchAsync(alice, "recruiter"));

        Assert.Contains("<mark>recruiter</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("ask the", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlInTheUsersTextIsEncodedInTheSnippet()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("I typed <script>alert('x')</script> & <b>recruiter</b> in my notes."));

        var hit = Assert.Single(await search.SearchAsync(alice, "recruiter"));

        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;<mark>recruiter</mark>&lt;/b&gt;", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordEndingInAStarFindsWordsThatStartWithIt()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("The second interview went long."));

        var hit = Assert.Single(await search.SearchAsync(alice, "interv*"));

        Assert.Contains("<mark>interview</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Empty(await search.SearchAsync(alice, "interv"));
    }

    [Fact]
    public async Task AQuotedPhraseMatchesOnlyWordsNextToEachOther()
    {
        var adjacent = await CreateAsync(alice, "Adjacent Corp");
        await SaveAsync(alice, adjacent, ReflectionStep.Feedback, new StepAnswer("They wanted more system design."));
        var apart = await CreateAsync(alice, "Apart Corp");
        await SaveAsync(alice, apart, ReflectionStep.Feedback, new StepAnswer("The design of the system was fine."));

        var phrase = await search.SearchAsync(alice, "\"system design\"");
        var words = await search.SearchAsync(alice, "system design");

        Assert.Equal([adjacent], phrase.Select(h => h.RejectionId));
        Assert.Equal([adjacent, apart], words.Select(h => h.RejectionId).Order());
    }

    [Fact]
    public async Task EveryWordMustAppear()
    {
        var both = await CreateAsync(alice, "Both Corp");
        await SaveAsync(alice, both, ReflectionStep.Feedback, new StepAnswer("salary and equity"));
        var one = await CreateAsync(alice, "One Corp");
        await SaveAsync(alice, one, ReflectionStep.Feedback, new StepAnswer("salary only"));

        var hits = await search.SearchAsync(alice, "equity salary");

        Assert.Equal([both], hits.Select(h => h.RejectionId));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("\"recruiter")]
    [InlineData("recruiter\"")]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("*recruiter")]
    [InlineData("recruiter**")]
    [InlineData("-")]
    [InlineData("-recruiter")]
    [InlineData("recruiter -salary")]
    [InlineData("NEAR")]
    [InlineData("NEAR(recruiter salary)")]
    [InlineData("NEAR(recruiter salary, 2)")]
    [InlineData("recruiter AND")]
    [InlineData("OR NOT AND")]
    [InlineData("(((")]
    [InlineData("recruiter)")]
    [InlineData("(recruiter")]
    [InlineData("OwnerKey:x")]
    [InlineData("OwnerKey:bob-id")]
    [InlineData("OwnerKey : \"bob-id\"")]
    [InlineData("Body:recruiter")]
    [InlineData("{OwnerKey Body}: recruiter")]
    [InlineData("RejectionId:1")]
    [InlineData("^recruiter")]
    [InlineData("rec+ruiter")]
    [InlineData("'; DROP TABLE \"Rejections\"; --")]
    [InlineData("\u0002recruiter\u0003")]
    [InlineData("“recruiter")]
    [InlineData("a b c d e f g h i j k l m n o p q r s t u v w x y z")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task HostileQueriesNeverThrowAndStayWithinTheUsersJournal(string query)
    {
        var mine = await CreateAsync(alice);
        await SaveAsync(alice, mine, ReflectionStep.Feedback, new StepAnswer("The recruiter mentioned salary."));
        var theirs = await CreateAsync(bob);
        await SaveAsync(bob, theirs, ReflectionStep.Feedback, new StepAnswer("Bob's recruiter mentioned salary too."));

        var hits = await search.SearchAsync(alice, query);

        Assert.All(hits, h => Assert.Equal(mine, h.RejectionId));
        await using var db = database.CreateContext(alice);
        Assert.Equal(2, await db.Rejections.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task NothingToSearchForFindsNothing()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Some words."));

        Assert.Empty(await search.SearchAsync(alice, null));
        Assert.Empty(await search.SearchAsync(alice, " \t\n"));
        Assert.Empty(await search.SearchAsync(alice, "\"\" * - ()"));
    }

    [Fact]
    public async Task AfterAnEditTheOldWordIsGoneAndTheNewOneIsFound()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("apples were mentioned"));

        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("oranges were mentioned"));

        Assert.Empty(await search.SearchAsync(alice, "apples"));
        Assert.Equal(ReflectionStep.Feedback, Assert.Single(await search.SearchAsync(alice, "oranges")).Step);
    }

    [Fact]
    public async Task AfterEditingTheFactsTheOldCompanyIsGoneAndTheNewOneIsFound()
    {
        var id = await CreateAsync(alice, "Oldname");

        var result = await reflections.UpdateAsync(alice, id, new RejectionDetails { Company = "Newname", RoleTitle = "Backend Engineer" });

        Assert.True(result.Succeeded);
        Assert.Empty(await search.SearchAsync(alice, "Oldname"));
        var hit = Assert.Single(await search.SearchAsync(alice, "Newname"));
        Assert.Equal("Newname", hit.Company);
        Assert.Null(hit.Step);
    }

    [Fact]
    public async Task AfterDeletingARejectionNothingOfItIsFoundOrLeftInTheIndex()
    {
        var id = await CreateAsync(alice, "Gonecorp");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("vanishing words"));
        await reflections.SaveRevisitAsync(alice, id, null, "vanishing note", 0);

        Assert.True(await reflections.DeleteAsync(alice, id));

        Assert.Empty(await search.SearchAsync(alice, "vanishing"));
        Assert.Empty(await search.SearchAsync(alice, "Gonecorp"));
        Assert.Equal(0, await IndexRowsAsync(alice));
    }

    [Fact]
    public async Task AfterDeletingTheUserTheirRowsLeaveTheIndex()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("private words"));
        var kept = await CreateAsync(bob);
        await SaveAsync(bob, kept, ReflectionStep.Feedback, new StepAnswer("private words of bob"));
        Assert.Equal(2, await IndexRowsAsync(alice));

        await using (var db = database.CreateContext())
        {
            await db.Users.Where(u => u.Id == alice).ExecuteDeleteAsync();
        }

        Assert.Empty(await search.SearchAsync(alice, "private"));
        Assert.Equal(0, await IndexRowsAsync(alice));
        Assert.Equal(kept, Assert.Single(await search.SearchAsync(bob, "private")).RejectionId);
    }

    [Theory]
    [InlineData("Fabrikam")]
    [InlineData("Platform")]
    [InlineData("Staff")]
    [InlineData("Payments")]
    [InlineData("kubernetes")]
    [InlineData("remote")]
    public async Task TheFactsOfARejectionAreFound(string word)
    {
        var result = await reflections.CreateAsync(alice, new RejectionDetails
        {
            Company = "Fabrikam",
            RoleTitle = "Platform Engineer",
            Level = "Staff",
            Team = "Payments",
            Tags = "kubernetes, remote",
        });

        var hit = Assert.Single(await search.SearchAsync(alice, word));

        Assert.Equal(result.Id, hit.RejectionId);
        Assert.Null(hit.Step);
    }

    [Theory]
    [InlineData("tangents", ReflectionStep.Feedback)]
    [InlineData("Panel", ReflectionStep.Feedback)]
    [InlineData("Mia", ReflectionStep.Feedback)]
    [InlineData("certificate", ReflectionStep.Priorities)]
    [InlineData("queue migration", ReflectionStep.Experience)]
    [InlineData("Jörg", ReflectionStep.Experience)]
    [InlineData("rollout", ReflectionStep.Experience)]
    [InlineData("on-call", ReflectionStep.RoleFit)]
    [InlineData("pace", ReflectionStep.RoleFit)]
    [InlineData("leads", ReflectionStep.RoleFit)]
    [InlineData("reliability", ReflectionStep.WrapUp)]
    public async Task TextInTheStepToolsIsFound(string query, ReflectionStep step)
    {
        var id = await CreateWithEveryToolAsync(alice);

        var hit = Assert.Single(await search.SearchAsync(alice, query));

        Assert.Equal(id, hit.RejectionId);
        Assert.Equal(step, hit.Step);
    }

    [Fact]
    public async Task TheTakeawayIsFound()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", Takeaway: "Perseverance pays."));

        Assert.Equal(ReflectionStep.WrapUp, Assert.Single(await search.SearchAsync(alice, "perseverance")).Step);
    }

    [Fact]
    public async Task IdsDatesAndOptionValuesInTheToolsAreNotIndexed()
    {
        await CreateWithEveryToolAsync(alice);

        string[] queries =
        [
            SampleTools.FeedbackId.ToString(),
            SampleTools.ActionId.ToString("N"),
            "aaaaaaaa",
            "eeeeeeee*",
            "AbilityToDoTheJob",
            "Partly",
            "InProgress",
            "OwnEndToEnd",
            "InterviewAnswers",
            "2026",
            "received",
        ];
        foreach (var query in queries)
        {
            Assert.True((await search.SearchAsync(alice, query)).Count == 0, $"'{query}' should find nothing.");
        }
    }

    [Fact]
    public async Task AnotherUsersWordsAreNeverFound()
    {
        var id = await CreateAsync(alice, "Secretcorp");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("confidential feedback"));
        await CreateAsync(bob, "Bobcorp");

        Assert.Empty(await search.SearchAsync(bob, "confidential"));
        Assert.Empty(await search.SearchAsync(bob, "Secretcorp"));
        Assert.Empty(await search.SearchAsync(bob, "confid*"));
        Assert.Single(await search.SearchAsync(alice, "confidential"));
    }

    [Theory]
    [InlineData("alice-id")]
    [InlineData("alice")]
    [InlineData("\"alice-id\"")]
    [InlineData("OwnerKey:alice-id")]
    [InlineData("OwnerKey : \"alice-id\" OR confidential")]
    [InlineData("alice-id confidential")]
    public async Task SearchingAnotherUsersIdFindsNothingOfTheirs(string query)
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("confidential feedback"));

        Assert.Empty(await search.SearchAsync(bob, query));
    }

    [Fact]
    public async Task SearchingYourOwnIdDoesNotMatchEverythingYouWrote()
    {
        // The owner's id is in the index only to filter by; it is not something the user wrote.
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("plain words"));

        Assert.Empty(await search.SearchAsync(alice, "alice-id"));
        Assert.Empty(await search.SearchAsync(alice, "alice"));
        Assert.Empty(await search.SearchAsync(alice, "id"));
    }

    [Fact]
    public async Task RevisitNotesAreFoundWithTheRevisitStep()
    {
        var id = await CreateAsync(alice);
        var (result, _) = await reflections.SaveRevisitAsync(alice, id, null, "Months later I landed a better role.", 0);
        Assert.Equal(SaveStatus.Saved, result.Status);

        var hit = Assert.Single(await search.SearchAsync(alice, "landed"));

        Assert.Equal(id, hit.RejectionId);
        Assert.Equal(ReflectionStep.Revisit, hit.Step);
    }

    [Fact]
    public async Task TheNumberOfHitsIsLimited()
    {
        for (var i = 0; i < 3; i++)
        {
            var id = await CreateAsync(alice, $"Company{i}");
            await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("repeated word"));
        }

        Assert.Equal(2, (await search.SearchAsync(alice, "repeated", limit: 2)).Count);
        Assert.Single(await search.SearchAsync(alice, "repeated", limit: 0));
        Assert.Equal(3, (await search.SearchAsync(alice, "repeated")).Count);
    }

    private async Task<int> CreateAsync(string userId, string company = "Contoso", string roleTitle = "Backend Engineer")
    {
        var result = await reflections.CreateAsync(userId, new RejectionDetails { Company = company, RoleTitle = roleTitle });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private async Task<int> CreateWithEveryToolAsync(string userId)
    {
        var id = await CreateAsync(userId, "Northwind", "Analyst");
        foreach (var step in new[] { ReflectionStep.Feedback, ReflectionStep.Priorities, ReflectionStep.Experience, ReflectionStep.RoleFit, ReflectionStep.WrapUp })
        {
            await SaveAsync(userId, id, step, new StepAnswer("", Data: SampleTools.Filled(step)));
        }

        return id;
    }

    private async Task SaveAsync(string userId, int rejectionId, ReflectionStep step, StepAnswer answer)
    {
        var current = (await reflections.GetAsync(userId, rejectionId))?.EntryFor(step)?.Version ?? 0;
        var result = await reflections.SaveStepAsync(userId, rejectionId, step, answer, current);
        Assert.Equal(SaveStatus.Saved, result.Status);
    }

    /// <summary>The rows the index holds for one owner, read straight from the FTS5 table.</summary>
    private async Task<int> IndexRowsAsync(string ownerId)
    {
        await using var db = database.CreateContext();
        return await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS "Value" FROM "SearchIndex", "SearchOwners" AS o
            WHERE o."OwnerId" = {ownerId} AND "SearchIndex".rowid BETWEEN o."Key" * {SearchIndexSql.OwnerBlock} AND (o."Key" + 1) * {SearchIndexSql.OwnerBlock} - 1
            """).SingleAsync();
    }
}
