using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Data;
using Rejected.Web.Hosting;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Data;

/// <summary>
/// A journal written before the ExternalIds and InsightTalliesNewestFirstSearch migrations, brought up to date as
/// the app does at start-up (<see cref="DatabaseMigrator"/>): every reflection gets its own external id, the
/// tallies count what was there (themes included), and search still finds everything.
/// </summary>
public sealed class InsightTalliesMigrationTests : IDisposable
{
    private const string PreviousMigration = "20261126022429_FasterLookups";

    private static readonly DateTimeOffset Created = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Updated = new(2026, 2, 20, 18, 30, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new(PreviousMigration);
    private readonly string alice;
    private readonly string bob;

    public InsightTalliesMigrationTests()
    {
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task TheDatabaseStartsBeforeExternalIds()
    {
        await using var db = database.CreateContext();

        Assert.Equal(PreviousMigration, (await db.Database.GetAppliedMigrationsAsync()).Last());
        Assert.Equal(
            ["20261126030022_ExternalIds", "20261126030246_InsightTalliesNewestFirstSearch"],
            (await db.Database.GetPendingMigrationsAsync()).Take(2));
    }

    [Fact]
    public async Task EveryReflectionGetsItsOwnRandomExternalIdThatEfReads()
    {
        await WriteOldJournalsAsync();

        await StartAppAsync();

        await using var db = database.CreateContext();
        var stored = await db.Database.SqlQuery<ExternalIdRow>($"""SELECT "Id", "ExternalId" FROM "Rejections" ORDER BY "Id" """).ToListAsync();
        Assert.Equal([1, 2, 3, 4, 5], stored.Select(r => r.Id));
        Assert.All(stored, row =>
        {
            Assert.True(Guid.TryParseExact(row.ExternalId, "D", out var id), row.ExternalId);
            Assert.NotEqual(Guid.Empty, id);
            // Version 4, RFC variant, in the upper-case text EF writes and compares with.
            Assert.Equal('4', row.ExternalId[14]);
            Assert.Contains(row.ExternalId[19], "89AB");
            Assert.Equal(id.ToString("D").ToUpperInvariant(), row.ExternalId);
        });
        Assert.Equal(stored.Count, stored.Select(r => r.ExternalId).Distinct().Count());

        var loaded = await db.Rejections.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.ExternalId }).ToListAsync();
        Assert.Equal(stored.Select(r => (r.Id, Guid.Parse(r.ExternalId))), loaded.Select(r => (r.Id, r.ExternalId)));
        foreach (var row in loaded)
        {
            Assert.Equal(row.Id, await db.Rejections.IgnoreQueryFilters().Where(r => r.ExternalId == row.ExternalId).Select(r => r.Id).SingleAsync());
        }

        // New reflections get theirs from the app, beside the migrated ones.
        var created = await new ReflectionService(database.Factory, new FakeTimeProvider(Updated))
            .CreateAsync(alice, new RejectionDetails { Company = "Later Corp", RoleTitle = "Engineer" });
        var newId = await db.Rejections.IgnoreQueryFilters().Where(r => r.Id == created.Id).Select(r => r.ExternalId).SingleAsync();
        Assert.DoesNotContain(newId, loaded.Select(r => r.ExternalId));
    }

    [Fact]
    public async Task TheMigrationCountsCategoriesAndStatusesAndStartUpAddsTheThemes()
    {
        await WriteOldJournalsAsync();

        await database.MigrateAsync();

        // Themes need Core's extractor, which SQL cannot run: until the app has started they are not counted.
        foreach (var user in new[] { alice, bob })
        {
            var expected = await StoredInsights.ExpectedRowsAsync(database, user);
            Assert.Contains(expected, r => r.Kind == TallyKind.FeedbackTheme);
            Assert.Equal(expected.Where(r => r.Kind != TallyKind.FeedbackTheme), await StoredInsights.StoredRowsAsync(database, user));
        }

        await StartAppAsync();

        await AssertTalliesAsync();
        Assert.Equal(0L, await ScalarAsync("""SELECT COUNT(*) FROM "JournalEntries" WHERE "Step" = 1 AND "Data" IS NOT NULL AND "Themes" IS NULL"""));
    }

    [Fact]
    public async Task TheTalliesEqualTheCoreDefinitionForEachUser()
    {
        await WriteOldJournalsAsync();

        await StartAppAsync();

        await AssertTalliesAsync();
        // Counted per user: both heard "system design" in two reflections; together it would be four.
        Assert.Contains(new TallyRow(TallyKind.FeedbackTheme, "system design", 2, true), await StoredInsights.StoredRowsAsync(database, alice));
        Assert.Contains(new TallyRow(TallyKind.FeedbackTheme, "system design", 2, true), await StoredInsights.StoredRowsAsync(database, bob));
        Assert.Contains(new TallyRow(TallyKind.ActionStatus, nameof(ActionStatus.Done), 2, false), await StoredInsights.StoredRowsAsync(database, alice));
        Assert.Equal([alice, bob], await StoredInsights.OwnersWithTalliesAsync(database));
    }

    [Fact]
    public async Task StartingTheAppAgainCountsNothingTwice()
    {
        await WriteOldJournalsAsync();
        await StartAppAsync();

        await StartAppAsync();
        await StartAppAsync();

        await AssertTalliesAsync();
    }

    [Fact]
    public async Task TheInsightsReportIsTheOneCalculatedFromTheData()
    {
        await WriteOldJournalsAsync();

        await StartAppAsync();

        var insights = new InsightsService(database.Factory);
        foreach (var user in new[] { alice, bob })
        {
            Assert.Equal(StoredInsights.Json(await StoredInsights.ExpectedReportAsync(database, user)), StoredInsights.Json(await insights.GetAsync(user)));
        }

        var report = await insights.GetAsync(alice);
        Assert.Equal(3, report.RejectionCount);
        Assert.Contains(report.Themes, t => t is { Value: "system design", RejectionCount: 2 });
        Assert.Equal((1, 2, 1), (report.Actions.InProgress, report.Actions.Done, report.Actions.Dropped));
    }

    [Fact]
    public async Task SearchFindsTheFactsAndTextWrittenBeforeTheMigrations()
    {
        await WriteOldJournalsAsync();

        await StartAppAsync();

        var search = new SearchService(database.Factory);
        var company = Assert.Single(await search.SearchAsync(alice, "Contoso"));
        Assert.Equal((1, (ReflectionStep?)null), (company.RejectionId, company.Step));
        Assert.Equal(1, Assert.Single(await search.SearchAsync(alice, "kubernetes")).RejectionId);
        Assert.Equal((1, ReflectionStep.Feedback), Only(await search.SearchAsync(alice, "recruiter")));
        Assert.Equal((1, ReflectionStep.Experience), Only(await search.SearchAsync(alice, "\"queue migration\"")));
        Assert.Equal((3, ReflectionStep.Feedback), Only(await search.SearchAsync(alice, "friendly")));
        Assert.Equal((3, ReflectionStep.Priorities), Only(await search.SearchAsync(alice, "\"Azure certificate\"")));
        Assert.Empty(await search.SearchAsync(alice, "Bobcorp"));
        Assert.Equal([4, 5], (await search.SearchAsync(bob, "Bobcorp")).Select(h => h.RejectionId).Order());
        Assert.All(await search.SearchAsync(bob, "Bobcorp"), h => Assert.Null(h.Step));
        Assert.Empty(await search.SearchAsync(bob, "Contoso"));
        Assert.Empty(await search.SearchAsync(bob, "friendly"));
    }

    [Fact]
    public async Task EachUsersRowsAreIndexedInTheirBlockWithTheFactsAboveEveryEntry()
    {
        await WriteOldJournalsAsync();

        await StartAppAsync();

        await using var db = database.CreateContext();
        var owners = (await db.Database.SqlQuery<OwnerRow>($"""SELECT "Key", "OwnerId" FROM "SearchOwners" """).ToListAsync())
            .ToDictionary(o => o.OwnerId, o => o.Key);
        var rows = await db.Database.SqlQuery<IndexRow>($"""SELECT rowid AS "RowId", "RejectionId", "Step" FROM "SearchIndex" """).ToListAsync();
        var rejections = await db.Rejections.IgnoreQueryFilters().Select(r => new { r.Id, r.OwnerId }).ToListAsync();
        var entries = await db.JournalEntries.IgnoreQueryFilters().Select(e => new { e.Id, e.RejectionId, e.OwnerId }).ToListAsync();

        Assert.Equal(2, owners.Values.Distinct().Count());
        Assert.Equal(
            rejections.Select(r => ((owners[r.OwnerId] * SearchIndexSql.OwnerBlock) + SearchIndexSql.FactsRow + r.Id, (long)r.Id)).Order(),
            rows.Where(r => r.Step == -1).Select(r => (r.RowId, r.RejectionId)).Order());
        Assert.Equal(
            entries.Select(e => ((owners[e.OwnerId] * SearchIndexSql.OwnerBlock) + e.Id, (long)e.RejectionId)).Order(),
            rows.Where(r => r.Step != -1).Select(r => (r.RowId, r.RejectionId)).Order());
        foreach (var user in new[] { alice, bob })
        {
            var mine = rows.Where(r => r.RowId / SearchIndexSql.OwnerBlock == owners[user]).ToList();
            Assert.Equal(rejections.Count(r => r.OwnerId == user) + entries.Count(e => e.OwnerId == user), mine.Count);
            Assert.True(mine.Where(r => r.Step == -1).Min(r => r.RowId) > mine.Where(r => r.Step != -1).Max(r => r.RowId));
        }
    }

    [Fact]
    public async Task SavingAfterTheMigrationsKeepsTheTalliesRight()
    {
        await WriteOldJournalsAsync();
        await StartAppAsync();
        var clock = new FakeTimeProvider(Updated);
        var reflections = new ReflectionService(database.Factory, clock);
        var plan = new GrowthPlanService(database.Factory, clock);

        var fabrikam = (await reflections.GetAsync(alice, 2))!.EntryFor(ReflectionStep.Feedback)!;
        var edited = fabrikam.ReadData<FeedbackData>();
        edited.Received.RemoveAt(0);
        edited.Received.Add(new FeedbackItem { Said = "Kubernetes depth", Category = FeedbackCategory.Experience });
        Assert.Equal(SaveStatus.Saved, (await reflections.SaveStepAsync(alice, 2, ReflectionStep.Feedback, new StepAnswer("", Data: edited), fabrikam.Version)).Status);
        Assert.True(await reflections.DeleteAsync(alice, 1));
        Assert.True(await plan.SetStatusAsync(bob, 4, SampleTools.ActionId, ActionStatus.Done));

        await AssertTalliesAsync();
        // Contoso's feedback is gone and Fabrikam's mentions system design once: one reflection left.
        Assert.Contains(new TallyRow(TallyKind.FeedbackTheme, "system design", 1, true), await StoredInsights.StoredRowsAsync(database, alice));
    }

    private static (int, ReflectionStep?) Only(IReadOnlyList<SearchHit> hits)
    {
        var hit = Assert.Single(hits);
        return (hit.RejectionId, hit.Step);
    }

    private async Task AssertTalliesAsync()
    {
        foreach (var user in new[] { alice, bob })
        {
            var expected = await StoredInsights.ExpectedRowsAsync(database, user);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await StoredInsights.StoredRowsAsync(database, user));
        }
    }

    /// <summary>What the app does on start: migrate, then extract the themes of feedback saved before they were stored.</summary>
    private async Task StartAppAsync()
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(database.Factory)
            .BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(services);
    }

    // Two users' journals as the app stored them before ExternalId and Themes existed.
    private async Task WriteOldJournalsAsync()
    {
        await InsertRejectionAsync(1, alice, "Contoso", tags: """["kubernetes"]""", completedSteps: 6, finishedAt: Updated);
        await InsertEntryAsync(1, alice, ReflectionStep.CheckIn, mood: 2);
        await InsertEntryAsync(1, alice, ReflectionStep.Feedback, text: "Asked the recruiter.", data: SampleTools.Feedback().ToJson());
        var experience = SampleTools.Experience();
        experience.Actions.Add(new GrowthAction { What = " \n\t", Status = ActionStatus.Done });
        experience.Actions.Add(new GrowthAction { What = "Ship the feature", Status = ActionStatus.Done });
        await InsertEntryAsync(1, alice, ReflectionStep.Experience, data: experience.ToJson());
        await InsertEntryAsync(1, alice, ReflectionStep.WrapUp, mood: 4, takeaway: "Keep going.");

        await InsertRejectionAsync(2, alice, "Fabrikam");
        await InsertEntryAsync(2, alice, ReflectionStep.Feedback, data: Feedback(
            ("System design was shallow.", FeedbackCategory.SkillSet),
            ("Great communication, clear answers.", FeedbackCategory.Communication),
            ("No category given, just system design.", null)));
        await InsertEntryAsync(2, alice, ReflectionStep.Experience, data: new ExperienceData
        {
            Actions = [new GrowthAction { What = "Write a design doc", Status = ActionStatus.Done }, new GrowthAction { What = "", Status = ActionStatus.Planned }],
        }.ToJson());

        await InsertRejectionAsync(3, alice, "Northwind");
        await InsertEntryAsync(3, alice, ReflectionStep.Feedback, text: "The panel was friendly.");
        await InsertEntryAsync(3, alice, ReflectionStep.Priorities, data: SampleTools.Priorities().ToJson());

        await InsertRejectionAsync(4, bob, "Bobcorp");
        await InsertEntryAsync(4, bob, ReflectionStep.Feedback, data: Feedback(("System design again.", FeedbackCategory.SkillSet)));
        await InsertEntryAsync(4, bob, ReflectionStep.Experience, data: SampleTools.Experience().ToJson());
        await InsertRejectionAsync(5, bob, "Bobcorp Cloud");
        await InsertEntryAsync(5, bob, ReflectionStep.Feedback, data: Feedback(("More system design and communication.", FeedbackCategory.Experience)));
    }

    private static string? Feedback(params (string Said, FeedbackCategory? Category)[] items) =>
        new FeedbackData { Received = [.. items.Select(i => new FeedbackItem { Said = i.Said, Category = i.Category })] }.ToJson();

    private static long Ticks(DateTimeOffset value) => (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(value)!;

    private async Task InsertRejectionAsync(
        int id, string ownerId, string company, string tags = "[]", int completedSteps = 0, DateTimeOffset? finishedAt = null)
    {
        long? finished = finishedAt is { } at ? Ticks(at) : null;
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Rejections" ("Id", "OwnerId", "Company", "RoleTitle", "Level", "Team", "Stage", "DecidedOn", "Communication", "Tags", "CreatedAt", "UpdatedAt", "CompletedSteps", "FinishedAt")
            VALUES ({id}, {ownerId}, {company}, 'Backend Engineer', NULL, NULL, 4, '2026-01-20', NULL, {tags}, {Ticks(Created)}, {Ticks(Updated)}, {completedSteps}, {finished})
            """);
    }

    private async Task InsertEntryAsync(
        int rejectionId, string ownerId, ReflectionStep step, string text = "", int? mood = null, string? takeaway = null, string? data = null)
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "JournalEntries" ("RejectionId", "OwnerId", "Step", "Text", "Mood", "Takeaway", "RevisitOn", "Data", "CreatedAt", "UpdatedAt", "Version")
            VALUES ({rejectionId}, {ownerId}, {(int)step}, {text}, {mood}, {takeaway}, NULL, {data}, {Ticks(Created)}, {Ticks(Updated)}, 1)
            """);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private sealed record ExternalIdRow(int Id, string ExternalId);

    private sealed record IndexRow(long RowId, long RejectionId, long Step);

    private sealed record OwnerRow(long Key, string OwnerId);
}
