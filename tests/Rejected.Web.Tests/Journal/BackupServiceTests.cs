using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Web.Data;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;
using static Rejected.Web.Tests.Journal.BackupJournal;

namespace Rejected.Web.Tests.Journal;

public sealed class BackupServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions RowsJson = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly BackupService service;
    private readonly ReflectionService reflections;
    private readonly string alice;
    private readonly string bob;

    public BackupServiceTests()
    {
        service = new BackupService(database.Factory, clock);
        reflections = new ReflectionService(database.Factory, clock);
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public static TheoryData<string, string> BadBackups() => new()
    {
        { "not JSON", "The file is not valid JSON: something is wrong at byte 1 (line 1, column 1)." },
        { "cut off", "The file ends too soon: it stops after" },
        { "another app's file", "This file is not a Rejected backup: it has no \"format\": \"rejected-backup\" field." },
        { "a newer schema", "This backup was made by a newer version of Rejected (schema version 2)" },
        { "a repeated id", "is also the id of reflection 1" },
        { "a step written twice", "the Feedback step is already entry 2" },
        { "an invalid date", "decidedOn '2026-02-30' is not a valid date" },
        { "a mood out of range", "mood 9 is out of range; a mood is 1 to 5." },
        { "tool data of the wrong kind", "data.people[0].relationship can't be read" },
        { "a company name too long", "company is 201 characters; the limit is 200." },
    };

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ABackupRestoredIntoAnEmptyAccountReproducesTheJournalFieldByField()
    {
        // More than two batches each way, with every tool, long and non-Latin text, notes, odd ticks and offsets.
        Seed(database, alice, (BackupService.BatchSize * 2) + 30, seed: 1);
        var backup = await ExportAsync(alice);

        var report = await RestoreAsync(bob, backup);

        Assert.Equal(new RestoreReport((BackupService.BatchSize * 2) + 30, 0, 0, []), report with { Errors = [] });
        Assert.Empty(report.Errors);
        AssertSameJournal(Load(database, alice), Load(database, bob));
    }

    [Fact]
    public async Task RestoredEntriesBelongToTheNewOwnerAndStartAtVersionOne()
    {
        Seed(database, alice, 4, seed: 2);

        await RestoreAsync(bob, await ExportAsync(alice));

        await using var db = database.CreateContext(bob);
        Assert.All(await db.Rejections.ToListAsync(), r => Assert.Equal(bob, r.OwnerId));
        Assert.All(await db.JournalEntries.ToListAsync(), e => Assert.Equal((bob, 1), (e.OwnerId, e.Version)));
    }

    [Fact]
    public async Task RestoringTheSameBackupTwiceSkipsEverythingTheSecondTime()
    {
        Seed(database, alice, 12, seed: 3);
        var backup = await ExportAsync(alice);
        await RestoreAsync(bob, backup);
        var afterFirst = Snapshot(database);
        clock.Advance(TimeSpan.FromDays(1));

        var second = await RestoreAsync(bob, backup);

        Assert.Equal(new RestoreReport(0, 0, 12, []), second with { Errors = [] });
        Assert.Empty(second.Errors);
        Assert.Equal(afterFirst, Snapshot(database));
    }

    [Fact]
    public async Task RestoringABackupIntoTheJournalItCameFromChangesNothing()
    {
        Seed(database, alice, 8, seed: 4);
        var before = Snapshot(database);

        var report = await RestoreAsync(alice, await ExportAsync(alice));

        Assert.Equal((0, 0, 8), (report.Added, report.Updated, report.Skipped));
        Assert.Equal(before, Snapshot(database));
    }

    [Fact]
    public async Task AReflectionChangedSinceTheBackupIsPutBackAsItWas()
    {
        var seeded = Seed(database, alice, 6, seed: 5);
        var asBackedUp = Load(database, alice);
        var backup = await ExportAsync(alice);
        var changed = await IdOfAsync(alice, seeded[1].ExternalId);
        clock.Advance(TimeSpan.FromHours(2));
        await reflections.UpdateAsync(alice, changed, new RejectionDetails { Company = "Renamed", RoleTitle = "Other role", Tags = "new" });
        var feedback = Assert.Single(asBackedUp, r => r.ExternalId == seeded[1].ExternalId).EntryFor(ReflectionStep.Feedback)!;
        var versionBefore = await VersionAsync(alice, changed, ReflectionStep.Feedback);
        await reflections.SaveStepAsync(alice, changed, ReflectionStep.Feedback, new StepAnswer("Rewritten after the backup."), versionBefore);
        await reflections.SaveRevisitAsync(alice, changed, null, "A note the backup does not have.", 0);

        var report = await RestoreAsync(alice, backup);

        Assert.Equal((0, 1, 5), (report.Added, report.Updated, report.Skipped));
        AssertSameJournal(asBackedUp, Load(database, alice));
        Assert.Equal(feedback.Text, (await reflections.GetAsync(alice, changed))!.EntryFor(ReflectionStep.Feedback)!.Text);
        Assert.True(await VersionAsync(alice, changed, ReflectionStep.Feedback) > versionBefore + 1);
    }

    [Fact]
    public async Task AnEditorOpenDuringTheRestoreGetsAConflictInsteadOfOverwritingIt()
    {
        var id = (await reflections.CreateAsync(alice, new RejectionDetails { Company = "Contoso", RoleTitle = "Engineer" })).Id!.Value;
        await reflections.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Before the backup."), 0);
        var backup = await ExportAsync(alice);

        // Two editors open after the backup: one on a step the backup has, one on a step it does not.
        var feedback = (await reflections.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("After the backup."), 1)).Version;
        var experience = (await reflections.SaveStepAsync(alice, id, ReflectionStep.Experience, new StepAnswer("New step."), 0)).Version;

        var report = await RestoreAsync(alice, backup);
        var feedbackSave = await reflections.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Typed on."), feedback);
        var experienceSave = await reflections.SaveStepAsync(alice, id, ReflectionStep.Experience, new StepAnswer("Typed on."), experience);

        Assert.Equal(1, report.Updated);
        Assert.Equal(SaveStatus.Conflict, feedbackSave.Status);
        Assert.Equal(SaveStatus.Conflict, experienceSave.Status);
        var restored = (await reflections.GetAsync(alice, id))!;
        Assert.Equal("Before the backup.", restored.EntryFor(ReflectionStep.Feedback)!.Text);
        Assert.Null(restored.EntryFor(ReflectionStep.Experience));
        Assert.Equal(1, restored.CompletedSteps);
    }

    [Fact]
    public async Task RevisitNotesAreMatchedByWhenTheyWereWritten()
    {
        var id = (await reflections.CreateAsync(alice, new RejectionDetails { Company = "Contoso", RoleTitle = "Engineer" })).Id!.Value;
        var (_, noteId) = await reflections.SaveRevisitAsync(alice, id, null, "First thoughts.", 0);
        var backup = await ExportAsync(alice);
        clock.Advance(TimeSpan.FromDays(1));
        await reflections.SaveRevisitAsync(alice, id, noteId, "Edited later.", 1);

        var report = await RestoreAsync(alice, backup);

        Assert.Equal(1, report.Updated);
        var note = Assert.Single((await reflections.GetAsync(alice, id))!.Revisits);
        Assert.Equal((noteId, "First thoughts.", 3), (note.Id, note.Text, note.Version));
    }

    [Theory]
    [MemberData(nameof(BadBackups))]
    public async Task ABadBackupIsRefusedWithAMessageAndChangesNothing(string problem, string message)
    {
        // Bob has restored this backup before and changed a reflection since, so a restore would have work to do.
        var seeded = Seed(database, alice, 5, seed: 6);
        var backup = await ExportAsync(alice);
        await RestoreAsync(bob, backup);
        await reflections.UpdateAsync(bob, await IdOfAsync(bob, seeded[2].ExternalId), new RejectionDetails { Company = "Changed", RoleTitle = "Role" });
        var before = Snapshot(database);

        var report = await RestoreAsync(bob, Spoil(backup, problem));

        var error = Assert.Single(report.Errors);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (report.Added, report.Updated, report.Skipped));
        Assert.Equal(before, Snapshot(database));
    }

    [Fact]
    public async Task OneBadReflectionAmongGoodOnesStopsTheWholeRestore()
    {
        Seed(database, alice, 5, seed: 7);
        var backup = JsonNode.Parse(await ExportAsync(alice))!;
        var fourth = backup["reflections"]![3]!;
        fourth["decidedOn"] = "2026-02-30";
        var before = Snapshot(database);

        var report = await RestoreAsync(bob, Encoding.UTF8.GetBytes(backup.ToJsonString()));

        Assert.Equal(
            [$"reflection 4 ({fourth["company"]}, {fourth["role"]}): decidedOn '2026-02-30' is not a valid date (year-month-day, e.g. 2026-03-15)."],
            report.Errors);
        Assert.Equal(before, Snapshot(database));
    }

    [Fact]
    public async Task AFailureWhileApplyingRollsBackEveryBatchAlreadyWritten()
    {
        var existing = Reflection("Contoso");
        await service.RestoreAsync(bob, [existing]);
        var before = Snapshot(database);
        await using (var db = database.CreateContext())
        {
            // Stands in for any failure the checks cannot foresee: the database refuses one row, late in the restore.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER \"RefuseBoom\" BEFORE INSERT ON \"Rejections\" WHEN NEW.\"Company\" = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END;");
        }

        var changedExisting = Reflection("Contoso, renamed", existing.ExternalId);
        var incoming = new List<Rejection> { changedExisting };
        incoming.AddRange(Enumerable.Range(1, (BackupService.BatchSize * 2) + 30).Select(i => Reflection(i == (BackupService.BatchSize * 2) + 10 ? "Boom" : $"New {i}")));

        await Assert.ThrowsAsync<DbUpdateException>(() => service.RestoreAsync(bob, incoming));

        Assert.Equal(before, Snapshot(database));
    }

    [Fact]
    public async Task ASaveFromAnotherTabWhileRestoringStopsTheRestoreAndChangesNothing()
    {
        var id = (await reflections.CreateAsync(alice, new RejectionDetails { Company = "Contoso", RoleTitle = "Engineer" })).Id!.Value;
        await reflections.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Before the backup."), 0);
        var backup = await ExportAsync(alice);
        await reflections.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("After the backup."), 1);
        var before = Snapshot(database);
        var racing = new BackupService(new RacingEditFactory(database), clock);

        using var input = new MemoryStream(backup);
        var report = await racing.RestoreAsync(alice, input);

        Assert.Equal(
            ["Your journal changed while the backup was being restored (in another tab?), so nothing was restored. Please try again."],
            report.Errors);
        Assert.Equal(before, Snapshot(database));
    }

    [Fact]
    public async Task ABackupHoldsNothingOfAnotherUser()
    {
        var ofAlice = Seed(database, alice, 5, seed: 8, prefix: "Alice's ");
        Seed(database, bob, 5, seed: 9, prefix: "Bob's ");

        var backup = JsonNode.Parse(await ExportAsync(alice))!;

        var inFile = backup["reflections"]!.AsArray();
        Assert.Equal(ofAlice.Select(r => r.ExternalId.ToString()).Order(), inFile.Select(r => (string)r!["id"]!).Order());
        Assert.DoesNotContain("Bob's", backup.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(bob, backup.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(alice, backup.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoringIntoOneAccountNeverReadsOrWritesAnother()
    {
        var ofAlice = Seed(database, alice, 6, seed: 10);
        var backup = await ExportAsync(alice);
        var alicesJournal = Load(database, alice);
        var alicesRows = RowsOf(alice);

        // The same ExternalIds now live in two journals; each restore matches within its own.
        var first = await RestoreAsync(bob, backup);
        await reflections.UpdateAsync(bob, await IdOfAsync(bob, ofAlice[0].ExternalId), new RejectionDetails { Company = "Bob's copy", RoleTitle = "Role" });
        var second = await RestoreAsync(bob, backup);
        var intoAlice = await RestoreAsync(alice, backup);

        Assert.Equal((6, 0, 0), (first.Added, first.Updated, first.Skipped));
        Assert.Equal((0, 1, 5), (second.Added, second.Updated, second.Skipped));
        Assert.Equal((0, 0, 6), (intoAlice.Added, intoAlice.Updated, intoAlice.Skipped));
        Assert.Equal(alicesRows, RowsOf(alice));
        AssertSameJournal(alicesJournal, Load(database, alice));
        AssertSameJournal(alicesJournal, Load(database, bob));
    }

    [Fact]
    public async Task ImportedReflectionsWithoutTimesGetThemAndAreRecognisedTheNextTime()
    {
        // What a Markdown import hands over: no times, no owner of ours, every step done.
        var imported = Reflection(" Contoso ");
        imported.OwnerId = "someone-else";
        imported.Entries =
        [
            Entry(ReflectionStep.CheckIn, "", mood: 2),
            Entry(ReflectionStep.Feedback, "Asked."),
            Entry(ReflectionStep.Priorities, "Design first."),
            Entry(ReflectionStep.Experience, "Migration."),
            Entry(ReflectionStep.RoleFit, "Maybe."),
            Entry(ReflectionStep.WrapUp, "", mood: 4, takeaway: "Onwards."),
            Entry(ReflectionStep.Revisit, "Later on."),
        ];
        imported.CreatedAt = default;
        imported.UpdatedAt = default;

        var first = await service.RestoreAsync(bob, [imported]);
        var afterFirst = Snapshot(database);
        clock.Advance(TimeSpan.FromDays(2));
        var second = await service.RestoreAsync(bob, [imported]);

        Assert.Equal((1, 0, 0), (first.Added, first.Updated, first.Skipped));
        Assert.Equal((0, 0, 1), (second.Added, second.Updated, second.Skipped));
        Assert.Equal(afterFirst, Snapshot(database));
        var stored = Assert.Single(Load(database, bob));
        Assert.Equal(("Contoso", 6, Now, Now, Now), (stored.Company, stored.CompletedSteps, stored.CreatedAt, stored.UpdatedAt, stored.FinishedAt));
        Assert.All(stored.Entries, e => Assert.Equal((bob, Now, Now, 1), (e.OwnerId, e.CreatedAt, e.UpdatedAt, e.Version)));
        Assert.Empty(Load(database, alice));
    }

    [Fact]
    public async Task ImportedReflectionsThatBreakTheRulesChangeNothing()
    {
        Seed(database, bob, 3, seed: 11);
        var before = Snapshot(database);
        var tooLong = Reflection("Contoso");
        tooLong.Entries = [Entry(ReflectionStep.WrapUp, "", takeaway: "Line one\nline two")];

        var report = await service.RestoreAsync(bob, [Reflection("Fine"), tooLong, Reflection("")]);

        Assert.Equal(
            [
                "reflection 2 (Contoso, Engineer), entry 1 (WrapUp): the takeaway must be a single line.",
                "reflection 3 (Engineer): company is missing.",
            ],
            report.Errors);
        Assert.Equal(before, Snapshot(database));
    }

    private static Rejection Reflection(string company, Guid? id = null) => new()
    {
        OwnerId = "",
        ExternalId = id ?? Guid.NewGuid(),
        Company = company,
        RoleTitle = "Engineer",
        CreatedAt = Now.AddDays(-1),
        UpdatedAt = Now.AddDays(-1),
    };

    private static JournalEntry Entry(ReflectionStep step, string text, int? mood = null, string? takeaway = null) =>
        new() { OwnerId = "", Step = step, Text = text, Mood = mood, Takeaway = takeaway };

    private static byte[] Spoil(byte[] backup, string problem)
    {
        var json = JsonNode.Parse(backup)!;
        var first = json["reflections"]![0]!;
        var entries = json["reflections"]!.AsArray().Select(r => r!["entries"]!.AsArray()).First(e => e.Count >= 6);
        switch (problem)
        {
            case "not JSON":
                return Encoding.UTF8.GetBytes("Dear diary, ...");
            case "cut off":
                return backup[..(backup.Length / 2)];
            case "another app's file":
                return Encoding.UTF8.GetBytes("""{ "name": "Road trip", "tracks": [] }""");
            case "a newer schema":
                json["schemaVersion"] = 2;
                break;
            case "a repeated id":
                json["reflections"]![1]!["id"] = first["id"]!.DeepClone();
                break;
            case "a step written twice":
                entries.Add(entries[1]!.DeepClone());
                break;
            case "an invalid date":
                first["decidedOn"] = "2026-02-30";
                break;
            case "a mood out of range":
                entries[0]!["mood"] = 9;
                break;
            case "tool data of the wrong kind":
                entries[1]!["data"]!["people"]![0]!["relationship"] = "Boss";
                break;
            case "a company name too long":
                first["company"] = new string('c', 201);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), problem, "No such problem.");
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private async Task<byte[]> ExportAsync(string userId)
    {
        using var output = new MemoryStream();
        await service.ExportBackupAsync(userId, output);
        return output.ToArray();
    }

    private async Task<RestoreReport> RestoreAsync(string userId, byte[] backup)
    {
        using var input = new MemoryStream(backup);
        return await service.RestoreAsync(userId, input);
    }

    private async Task<int> IdOfAsync(string userId, Guid externalId)
    {
        await using var db = database.CreateContext(userId);
        return await db.Rejections.Where(r => r.ExternalId == externalId).Select(r => r.Id).SingleAsync();
    }

    private async Task<int> VersionAsync(string userId, int rejectionId, ReflectionStep step)
    {
        await using var db = database.CreateContext(userId);
        return await db.JournalEntries.Where(e => e.RejectionId == rejectionId && e.Step == step).Select(e => e.Version).SingleAsync();
    }

    // Every column of the user's rows, ids and versions included, read without the owner filter.
    private string RowsOf(string userId)
    {
        using var db = database.CreateContext();
        var rows = db.Rejections.IgnoreQueryFilters().AsNoTracking().Where(r => r.OwnerId == userId).OrderBy(r => r.Id).ToList();
        var entries = db.JournalEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.OwnerId == userId).OrderBy(e => e.Id).ToList();
        return JsonSerializer.Serialize(new { rows, entries }, RowsJson);
    }

    /// <summary>Contexts that, just before saving an entry, let "another tab" save it first (bumping its version).</summary>
    private sealed class RacingEditFactory(SqliteTestDatabase database) : IDbContextFactory<JournalDbContext>
    {
        public JournalDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<JournalDbContext>(database.Options).AddInterceptors(new RacingEdit()).Options);
    }

    private sealed class RacingEdit : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!.Database;
            if (eventData.Context.ChangeTracker.Entries<JournalEntry>().Any(e => e.State == EntityState.Modified))
            {
                // On the context's own connection and transaction: the rollback must undo this write too.
                using var command = db.GetDbConnection().CreateCommand();
                command.Transaction = db.CurrentTransaction?.GetDbTransaction();
                command.CommandText = "UPDATE \"JournalEntries\" SET \"Version\" = \"Version\" + 1";
                command.ExecuteNonQuery();
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
