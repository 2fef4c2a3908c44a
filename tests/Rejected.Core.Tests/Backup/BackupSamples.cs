using System.Text;
using System.Text.Json.Nodes;
using Rejected.Core.Backup;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Backup;

/// <summary>Reflections with every field filled, and helpers to write, edit and read backups of them.</summary>
internal static class BackupSamples
{
    public static readonly DateTimeOffset ExportedAt = new(2026, 3, 20, 18, 45, 7, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 20);

    /// <summary>Every fact, every step with its tool, two revisit notes, unicode and times with ticks and offsets.</summary>
    public static Rejection Full(Guid id, string company = "Contoso", string role = "Backend Engineer")
    {
        var created = new DateTimeOffset(2026, 3, 11, 8, 15, 30, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var reflection = new Rejection
        {
            Id = 7,
            OwnerId = "user-1",
            ExternalId = id,
            Company = company,
            RoleTitle = role,
            Level = "Senior",
            Team = "Platform — Zoë's team",
            Stage = InterviewStage.FinalLoop,
            DecidedOn = new DateOnly(2026, 3, 10),
            Communication = DecisionChannel.VideoCall,
            Tags = ["backend", "system design", "失敗 🙂"],
            CompletedSteps = 6,
            FinishedAt = created.AddDays(2),
            CreatedAt = created,
            UpdatedAt = created.AddDays(3),
        };
        reflection.Entries =
        [
            Entry(ReflectionStep.CheckIn, "It stings. \"Quotes\", <b>tags</b> and a\nsecond line.", created, mood: 2),
            Entry(ReflectionStep.Feedback, "Asked the recruiter.", created, SampleTools.Feedback()),
            Entry(ReflectionStep.Priorities, "", created, SampleTools.Priorities()),
            Entry(ReflectionStep.Experience, "Lead the next migration 🚀", created, SampleTools.Experience()),
            Entry(ReflectionStep.RoleFit, "Maybe a platform role.", created, SampleTools.RoleFit()),
            Entry(ReflectionStep.WrapUp, "Onwards.", created, SampleTools.WrapUp(), mood: 4, takeaway: "One interview is not a verdict.", revisitOn: new DateOnly(2026, 6, 1)),
            Revisit("Three months on: it was for the best.", created.AddDays(90)),
            Revisit("Written on the same day.", created.AddDays(90)),
        ];
        return reflection;
    }

    /// <summary>Just the facts that must be there.</summary>
    public static Rejection Bare(Guid id, string company = "Contoso", string role = "Engineer") => new()
    {
        OwnerId = "user-1",
        ExternalId = id,
        Company = company,
        RoleTitle = role,
        CreatedAt = ExportedAt.AddDays(-1),
        UpdatedAt = ExportedAt.AddDays(-1),
    };

    public static Guid Id(int n) => new($"00000000-0000-4000-8000-{n:D12}");

    public static async Task<byte[]> WriteAsync(params Rejection[] reflections)
    {
        using var output = new MemoryStream();
        await BackupWriter.WriteAsync(output, reflections.ToAsyncEnumerable(), ExportedAt);
        return output.ToArray();
    }

    public static async Task<JsonObject> WriteJsonAsync(params Rejection[] reflections) =>
        JsonNode.Parse(await WriteAsync(reflections))!.AsObject();

    public static JsonObject Reflection(JsonObject backup, int index) => backup["reflections"]![index]!.AsObject();

    public static JsonObject EntryOf(JsonObject backup, int reflection, int entry) =>
        Reflection(backup, reflection)["entries"]![entry]!.AsObject();

    public static Task<BackupReadResult> ReadAsync(JsonNode backup) => ReadAsync(backup.ToJsonString());

    public static Task<BackupReadResult> ReadAsync(string json) => ReadAsync(Encoding.UTF8.GetBytes(json));

    public static async Task<BackupReadResult> ReadAsync(byte[] bytes, int chunk = int.MaxValue)
    {
        await using var input = new TrickleStream(bytes, chunk);
        return await BackupReader.ReadAsync(input, Today);
    }

    /// <summary>The reflection as the app stores it, to compare with what a backup brings back.</summary>
    public static Rejection Stored(Rejection reflection) => RestoreRules.Normalize(reflection);

    /// <summary>Every field the user owns, compared exactly (times with their offsets); ids and owners are not compared.</summary>
    public static void AssertSameReflection(Rejection expected, Rejection actual)
    {
        Assert.Equal(expected.ExternalId, actual.ExternalId);
        Assert.Equal(expected.Company, actual.Company);
        Assert.Equal(expected.RoleTitle, actual.RoleTitle);
        Assert.Equal(expected.Level, actual.Level);
        Assert.Equal(expected.Team, actual.Team);
        Assert.Equal(expected.Stage, actual.Stage);
        Assert.Equal(expected.DecidedOn, actual.DecidedOn);
        Assert.Equal(expected.Communication, actual.Communication);
        Assert.Equal(expected.Tags, actual.Tags);
        AssertSameTime(expected.CreatedAt, actual.CreatedAt);
        AssertSameTime(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.FinishedAt.HasValue, actual.FinishedAt.HasValue);
        if (expected.FinishedAt is { } finished)
        {
            AssertSameTime(finished, actual.FinishedAt!.Value);
        }

        Assert.Equal(expected.Entries.Count, actual.Entries.Count);
        foreach (var (e, a) in expected.Entries.Zip(actual.Entries))
        {
            Assert.Equal(e.Step, a.Step);
            Assert.Equal(e.Text, a.Text);
            Assert.Equal(e.Mood, a.Mood);
            Assert.Equal(e.Takeaway, a.Takeaway);
            Assert.Equal(e.RevisitOn, a.RevisitOn);
            Assert.Equal(e.Data, a.Data);
            AssertSameTime(e.CreatedAt, a.CreatedAt);
            AssertSameTime(e.UpdatedAt, a.UpdatedAt);
        }
    }

    private static void AssertSameTime(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.True(expected.EqualsExact(actual), $"Expected {expected:O}, got {actual:O}.");

    private static JournalEntry Entry(
        ReflectionStep step, string text, DateTimeOffset created, StepData? data = null, int? mood = null, string? takeaway = null, DateOnly? revisitOn = null) => new()
        {
            OwnerId = "user-1",
            RejectionId = 7,
            Step = step,
            Text = text,
            Mood = mood,
            Takeaway = takeaway,
            RevisitOn = revisitOn,
            Data = data?.ToJson(),
            CreatedAt = created.AddMinutes((int)step),
            UpdatedAt = created.AddHours((int)step),
            Version = 3,
        };

    private static JournalEntry Revisit(string text, DateTimeOffset at) => new()
    {
        OwnerId = "user-1",
        RejectionId = 7,
        Step = ReflectionStep.Revisit,
        Text = text,
        CreatedAt = at,
        UpdatedAt = at.AddHours(1),
        Version = 1,
    };
}

/// <summary>A stream that hands out at most a few bytes per read, as a slow upload does.</summary>
internal sealed class TrickleStream(byte[] bytes, int chunk) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => bytes.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(Math.Min(buffer.Length, chunk), bytes.Length - position);
        bytes.AsSpan(position, count).CopyTo(buffer);
        position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
