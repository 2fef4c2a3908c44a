using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

/// <summary>Generated journals for backup tests, a field-by-field comparison, and a snapshot of every row in the database.</summary>
internal static class BackupJournal
{
    private static readonly string[] Companies = ["Contoso", "Fabrikam", "Northwind Traders", "Zoë & Søn", "株式会社テスト", "Wide World 🌍"];
    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromMinutes(330), TimeSpan.FromHours(-5)];

    private static readonly JsonSerializerOptions SnapshotJson = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    /// <summary>
    /// <paramref name="count"/> reflections of four kinds, in turn: bare facts; every step and tool filled with revisit
    /// notes; partly done; done once, then a step emptied (finished, yet not every step complete). Times carry odd ticks
    /// and offsets; one entry is 100,000 characters long.
    /// </summary>
    public static List<Rejection> Seed(SqliteTestDatabase database, string ownerId, int count, int seed, string prefix = "")
    {
        var random = new Random(seed);
        var reflections = Enumerable.Range(1, count).Select(i => Generate(ownerId, i, random, prefix)).ToList();
        using var db = database.CreateContext(ownerId);
        db.Rejections.AddRange(reflections);
        db.SaveChanges();
        return reflections;
    }

    /// <summary>The user's journal as stored, ordered by ExternalId, entries by step, time and text.</summary>
    public static List<Rejection> Load(SqliteTestDatabase database, string ownerId)
    {
        using var db = database.CreateContext(ownerId);
        var reflections = db.Rejections.AsNoTracking().Include(r => r.Entries).ToList().OrderBy(r => r.ExternalId).ToList();
        foreach (var reflection in reflections)
        {
            reflection.Entries = [.. reflection.Entries.OrderBy(e => e.Step).ThenBy(e => e.CreatedAt).ThenBy(e => e.Text, StringComparer.Ordinal)];
        }

        return reflections;
    }

    /// <summary>Every row of every user with every column, ids and versions included: equal snapshots mean nothing changed.</summary>
    public static string Snapshot(SqliteTestDatabase database)
    {
        using var db = database.CreateContext();
        var rejections = db.Rejections.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).ToList();
        var entries = db.JournalEntries.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Id).ToList();
        return JsonSerializer.Serialize(new { rejections, entries }, SnapshotJson);
    }

    /// <summary>Every field the user owns, exactly (times with their offsets); database ids, owners and versions are not compared.</summary>
    public static void AssertSameJournal(IReadOnlyList<Rejection> expected, IReadOnlyList<Rejection> actual)
    {
        Assert.Equal(expected.Select(r => r.ExternalId).Order(), actual.Select(r => r.ExternalId).Order());
        foreach (var e in expected)
        {
            AssertSameReflection(e, actual.Single(a => a.ExternalId == e.ExternalId));
        }
    }

    public static void AssertSameReflection(Rejection expected, Rejection actual)
    {
        var because = $"reflection {expected.Company}";
        Assert.Equal((expected.Company, expected.RoleTitle, expected.Level, expected.Team), (actual.Company, actual.RoleTitle, actual.Level, actual.Team));
        Assert.Equal((expected.Stage, expected.DecidedOn, expected.Communication), (actual.Stage, actual.DecidedOn, actual.Communication));
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.CompletedSteps, actual.CompletedSteps);
        AssertSameTime(expected.FinishedAt, actual.FinishedAt, because);
        AssertSameTime(expected.CreatedAt, actual.CreatedAt, because);
        AssertSameTime(expected.UpdatedAt, actual.UpdatedAt, because);
        var expectedEntries = Ordered(expected.Entries);
        var actualEntries = Ordered(actual.Entries);
        Assert.Equal(expectedEntries.Count, actualEntries.Count);
        foreach (var (e, a) in expectedEntries.Zip(actualEntries))
        {
            Assert.Equal(e.Step, a.Step);
            Assert.Equal(e.Text, a.Text);
            Assert.Equal((e.Mood, e.Takeaway, e.RevisitOn), (a.Mood, a.Takeaway, a.RevisitOn));
            Assert.Equal(e.Data, a.Data);
            AssertSameTime(e.CreatedAt, a.CreatedAt, $"{because}, {e.Step}");
            AssertSameTime(e.UpdatedAt, a.UpdatedAt, $"{because}, {e.Step}");
        }
    }

    private static List<JournalEntry> Ordered(IEnumerable<JournalEntry> entries) =>
        [.. entries.OrderBy(e => e.Step).ThenBy(e => e.CreatedAt).ThenBy(e => e.Text, StringComparer.Ordinal)];

    private static void AssertSameTime(DateTimeOffset? expected, DateTimeOffset? actual, string because) =>
        Assert.True(
            expected is { } x ? actual is { } y && x.EqualsExact(y) : actual is null,
            $"{because}: expected {expected:O}, got {actual:O}.");

    private static Rejection Generate(string ownerId, int i, Random random, string prefix)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, Offsets[i % Offsets.Length]).AddMinutes(i * 97).AddTicks(random.Next(1, 10_000_000));
        var kind = i % 4;
        var reflection = new Rejection
        {
            OwnerId = ownerId,
            ExternalId = new Guid(bytes),
            Company = $"{prefix}{Companies[i % Companies.Length]} {i}",
            RoleTitle = i % 2 == 0 ? "Backend Engineer" : "Ingénieure données — 数据",
            CreatedAt = created,
            UpdatedAt = created.AddDays(3).AddTicks(random.Next(1, 10_000)),
        };
        if (kind == 0)
        {
            return reflection;
        }

        reflection.Level = "Senior";
        reflection.Team = i % 3 == 0 ? null : "Platform 🚀";
        reflection.Stage = (InterviewStage)(i % 6);
        reflection.DecidedOn = new DateOnly(2025, 1, 1).AddDays(i);
        reflection.Communication = (DecisionChannel)(i % 7);
        reflection.Tags = ["backend", $"tag {i % 5}", "système"];
        reflection.Entries =
        [
            Entry(ownerId, ReflectionStep.CheckIn, "It stings. \"Quotes\", <b>tags</b>\r\nand 🙂.", created, random, mood: 1 + (i % 5)),
            Entry(ownerId, ReflectionStep.Feedback, i == 3 ? SampleText.Long(100_000) : "Asked the recruiter.", created, random, SampleTools.Feedback().ToJson()),
            Entry(ownerId, ReflectionStep.RoleFit, "", created, random, SampleTools.RoleFit().ToJson()),
        ];
        if (kind != 2)
        {
            reflection.Entries.AddRange(
            [
                Entry(ownerId, ReflectionStep.Priorities, "System design first.", created, random, SampleTools.Priorities().ToJson()),
                Entry(ownerId, ReflectionStep.Experience, kind == 3 ? "" : "Lead the migration.", created, random, kind == 3 ? null : SampleTools.Experience().ToJson()),
                Entry(
                    ownerId,
                    ReflectionStep.WrapUp,
                    "Onwards.",
                    created,
                    random,
                    SampleTools.WrapUp().ToJson(),
                    mood: 4,
                    takeaway: "One interview is not a verdict ✨",
                    revisitOn: new DateOnly(2025, 6, 1).AddDays(i)),
                Entry(ownerId, ReflectionStep.Revisit, "Three months on.", created.AddDays(90), random),
                Entry(ownerId, ReflectionStep.Revisit, "Same moment, second note.", created.AddDays(90), random),
            ]);
            reflection.FinishedAt = created.AddDays(2).AddTicks(random.Next(1, 10_000));
        }

        reflection.CompletedSteps = reflection.StepsDone;
        return reflection;
    }

    private static JournalEntry Entry(
        string ownerId,
        ReflectionStep step,
        string text,
        DateTimeOffset created,
        Random random,
        string? data = null,
        int? mood = null,
        string? takeaway = null,
        DateOnly? revisitOn = null) => new()
        {
            OwnerId = ownerId,
            Step = step,
            Text = text,
            Mood = mood,
            Takeaway = takeaway,
            RevisitOn = revisitOn,
            Data = data,
            CreatedAt = step == ReflectionStep.Revisit ? created : created.AddMinutes((int)step).AddTicks(random.Next(1, 10_000)),
            UpdatedAt = created.AddHours(1 + (int)step).AddTicks(random.Next(1, 10_000)),
            Version = random.Next(1, 10),
        };
}
