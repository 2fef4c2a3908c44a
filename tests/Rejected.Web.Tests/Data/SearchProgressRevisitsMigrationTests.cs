using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rejected.Core.Reflections;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Data;

/// <summary>
/// What the SearchProgressRevisits migration does to a journal written before it: the progress columns are
/// filled from the entries and the search index holds the text already there.
/// </summary>
public sealed class SearchProgressRevisitsMigrationTests : IDisposable
{
    private const string PreviousMigration = "20261126012220_StepTools";

    private static readonly DateTimeOffset Created = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Updated = new(2026, 2, 20, 18, 30, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new(PreviousMigration);
    private readonly string alice;
    private readonly string bob;

    public SearchProgressRevisitsMigrationTests()
    {
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task TheDatabaseStartsAtThePreviousMigration()
    {
        await using var db = database.CreateContext();

        Assert.Equal(PreviousMigration, (await db.Database.GetAppliedMigrationsAsync()).Last());
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task AReflectionWithEveryStepDoneIsCountedAsFinishedWhenLastUpdated()
    {
        await InsertRejectionAsync(1, alice, "Contoso");
        await InsertEntryAsync(1, alice, ReflectionStep.CheckIn, mood: 2);
        await InsertEntryAsync(1, alice, ReflectionStep.Feedback, text: "Asked the recruiter.");
        await InsertEntryAsync(1, alice, ReflectionStep.Priorities, data: SampleTools.Priorities().ToJson());
        await InsertEntryAsync(1, alice, ReflectionStep.Experience, text: "A plan at work.");
        await InsertEntryAsync(1, alice, ReflectionStep.RoleFit, text: "Maybe not for me.");
        await InsertEntryAsync(1, alice, ReflectionStep.WrapUp, takeaway: "Keep going.");

        await database.MigrateAsync();

        Assert.Equal((6, Updated), await ProgressAsync(1));
    }

    [Fact]
    public async Task OnlyStepsWithTheirKeyAnswerAreCounted()
    {
        await InsertRejectionAsync(2, alice, "Fabrikam");
        await InsertEntryAsync(2, alice, ReflectionStep.CheckIn, text: "No mood picked.");
        await InsertEntryAsync(2, alice, ReflectionStep.Feedback, text: " \t\r\n ");
        await InsertEntryAsync(2, alice, ReflectionStep.Priorities, text: "");
        await InsertEntryAsync(2, alice, ReflectionStep.Experience, data: SampleTools.Experience().ToJson());
        await InsertEntryAsync(2, alice, ReflectionStep.RoleFit, text: "Written.");
        await InsertEntryAsync(2, alice, ReflectionStep.WrapUp, text: "Closing words", mood: 4, takeaway: "  ");
        await InsertRejectionAsync(3, bob, "Northwind");

        await database.MigrateAsync();

        Assert.Equal((2, null), await ProgressAsync(2));
        Assert.Equal((0, null), await ProgressAsync(3));
    }

    [Fact]
    public async Task TheBackfilledProgressAgreesWithTheListAndTheDetail()
    {
        await InsertRejectionAsync(4, alice, "Contoso");
        await InsertEntryAsync(4, alice, ReflectionStep.CheckIn, mood: 3);
        await InsertEntryAsync(4, alice, ReflectionStep.Feedback, text: "\n\n");
        await InsertEntryAsync(4, alice, ReflectionStep.RoleFit, data: SampleTools.RoleFit().ToJson());

        await database.MigrateAsync();

        var service = new ReflectionService(database.Factory, TimeProvider.System);
        var listed = Assert.Single(await service.ListAsync(alice));
        var detail = await service.GetAsync(alice, 4);
        Assert.Equal(2, listed.StepsDone);
        Assert.Equal(detail!.StepsDone, listed.StepsDone);
        Assert.Equal((2, null), await ProgressAsync(4));
    }

    [Fact]
    public async Task TextWrittenBeforeTheMigrationCanBeSearched()
    {
        await InsertRejectionAsync(5, alice, "Contoso", tags: """["kubernetes","remote"]""", team: "Payments");
        await InsertEntryAsync(5, alice, ReflectionStep.Feedback, text: "The recruiter praised my answers.");
        await InsertEntryAsync(5, alice, ReflectionStep.Experience, data: SampleTools.Experience().ToJson());
        await InsertEntryAsync(5, alice, ReflectionStep.WrapUp, takeaway: "Perseverance pays.");
        await InsertRejectionAsync(6, bob, "Bobcorp");
        await InsertEntryAsync(6, bob, ReflectionStep.Feedback, text: "The recruiter was Bob's.");

        await database.MigrateAsync();

        var search = new SearchService(database.Factory);
        Assert.Equal(ReflectionStep.Feedback, Assert.Single(await search.SearchAsync(alice, "recruiter")).Step);
        Assert.Equal(ReflectionStep.Experience, Assert.Single(await search.SearchAsync(alice, "\"queue migration\"")).Step);
        Assert.Equal(ReflectionStep.WrapUp, Assert.Single(await search.SearchAsync(alice, "perseverance")).Step);
        Assert.Null(Assert.Single(await search.SearchAsync(alice, "kubernetes")).Step);
        Assert.Null(Assert.Single(await search.SearchAsync(alice, "Payments")).Step);
        Assert.Equal(5, Assert.Single(await search.SearchAsync(alice, "Contoso")).RejectionId);
        Assert.Empty(await search.SearchAsync(alice, "InProgress"));
        Assert.Equal(6, Assert.Single(await search.SearchAsync(bob, "recruiter")).RejectionId);
    }

    [Fact]
    public async Task RowsWrittenAfterTheMigrationAreIndexedByTheTriggers()
    {
        await InsertRejectionAsync(7, alice, "Contoso");
        await database.MigrateAsync();

        await InsertEntryAsync(7, alice, ReflectionStep.Feedback, text: "Written after the upgrade.");

        var hit = Assert.Single(await new SearchService(database.Factory).SearchAsync(alice, "upgrade"));
        Assert.Equal(7, hit.RejectionId);
    }

    private static long Ticks(DateTimeOffset value) => (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(value)!;

    private async Task InsertRejectionAsync(int id, string ownerId, string company, string tags = "[]", string? team = null)
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Rejections" ("Id", "OwnerId", "Company", "RoleTitle", "Level", "Team", "Stage", "DecidedOn", "Communication", "Tags", "CreatedAt", "UpdatedAt")
            VALUES ({id}, {ownerId}, {company}, 'Backend Engineer', NULL, {team}, 4, '2026-01-20', NULL, {tags}, {Ticks(Created)}, {Ticks(Updated)})
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

    private async Task<(int CompletedSteps, DateTimeOffset? FinishedAt)> ProgressAsync(int id)
    {
        await using var db = database.CreateContext();
        var row = await db.Rejections.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id);
        return (row.CompletedSteps, row.FinishedAt);
    }
}
