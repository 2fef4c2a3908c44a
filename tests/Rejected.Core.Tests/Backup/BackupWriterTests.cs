using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Rejected.Core.Backup;
using Rejected.Core.Reflections;
using static Rejected.Core.Tests.Backup.BackupSamples;

namespace Rejected.Core.Tests.Backup;

public sealed class BackupWriterTests
{
    [Fact]
    public async Task TheFileSaysWhatItIsAndWhichSchemaItFollows()
    {
        var backup = await WriteJsonAsync(Full(Id(1)));

        Assert.Equal("rejected-backup", (string?)backup["format"]);
        Assert.Equal(1, (int?)backup["schemaVersion"]);
        Assert.Equal("2026-03-20T18:45:07.0000000+00:00", (string?)backup["exportedAt"]);
        Assert.Equal(["format", "schemaVersion", "exportedAt", "reflections"], backup.Select(p => p.Key));
    }

    [Fact]
    public void TheFileIsNamedForTheDayItWasMadeInUtc()
    {
        Assert.Equal("rejected-backup-2026-03-20.json", BackupFormat.FileName(new DateTimeOffset(2026, 3, 21, 1, 0, 0, TimeSpan.FromHours(5))));
    }

    [Fact]
    public async Task AReflectionCarriesEveryFieldTheUserOwnsAndNoIdsOfTheDatabase()
    {
        var backup = await WriteJsonAsync(Full(Id(1)));
        var reflection = Reflection(backup, 0);

        Assert.Equal(
            ["id", "company", "role", "level", "team", "stage", "decidedOn", "communication", "tags", "createdAt", "updatedAt", "finishedAt", "entries"],
            reflection.Select(p => p.Key));
        Assert.Equal(Id(1).ToString(), (string?)reflection["id"]);
        Assert.Equal("FinalLoop", (string?)reflection["stage"]);
        Assert.Equal("VideoCall", (string?)reflection["communication"]);
        Assert.Equal("2026-03-10", (string?)reflection["decidedOn"]);
        Assert.Equal("2026-03-11T08:15:30.1234567+01:00", (string?)reflection["createdAt"]);
        Assert.Equal(["backend", "system design", "失敗 🙂"], reflection["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(
            ["step", "text", "mood", "takeaway", "revisitOn", "data", "createdAt", "updatedAt"],
            EntryOf(backup, 0, 0).Select(p => p.Key));
    }

    [Fact]
    public async Task NoOwnerOrDatabaseIdIsWritten()
    {
        var json = Encoding.UTF8.GetString(await WriteAsync(Full(Id(1))));

        Assert.DoesNotContain("user-1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ownerId", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("rejectionId", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"version\"", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EntriesComeInStepOrderWithStepsByNameAndRevisitNotesLast()
    {
        var reflection = Full(Id(1));
        reflection.Entries.Reverse();

        var backup = await WriteJsonAsync(reflection);

        Assert.Equal(
            ["CheckIn", "Feedback", "Priorities", "Experience", "RoleFit", "WrapUp", "Revisit", "Revisit"],
            Reflection(backup, 0)["entries"]!.AsArray().Select(e => (string?)e!["step"]));
    }

    [Fact]
    public async Task ToolDataIsAJsonObjectNotAStringOfJson()
    {
        var backup = await WriteJsonAsync(Full(Id(1)));
        var feedback = EntryOf(backup, 0, 1);

        Assert.Equal(JsonValueKind.Object, feedback["data"]!.GetValueKind());
        Assert.Equal("Mia Chen (recruiter)", (string?)feedback["data"]!["people"]![0]!["name"]);
        Assert.Null(EntryOf(backup, 0, 0)["data"]);
    }

    [Fact]
    public async Task EmptyValuesAreWrittenAsNull()
    {
        var backup = await WriteJsonAsync(Bare(Id(1)));
        var reflection = Reflection(backup, 0);

        Assert.All(["level", "team", "stage", "decidedOn", "communication", "finishedAt"], name => Assert.Null(reflection[name]));
        Assert.Empty(reflection["tags"]!.AsArray());
        Assert.Empty(reflection["entries"]!.AsArray());
    }

    [Fact]
    public async Task TextStaysReadableInTheFile()
    {
        var json = Encoding.UTF8.GetString(await WriteAsync(Full(Id(1))));

        Assert.Contains("Platform — Zoë's team", json, StringComparison.Ordinal);
        Assert.Contains("<b>tags</b>", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyJournalIsAValidBackupWithNoReflections()
    {
        var backup = await WriteJsonAsync();

        Assert.Empty(backup["reflections"]!.AsArray());
    }

    [Fact]
    public async Task TheFileIsWrittenAsTheReflectionsArriveNotAtTheEnd()
    {
        using var output = new MemoryStream();
        long writtenBeforeTheLast = 0;

        await BackupWriter.WriteAsync(output, Many(2_000, onLast: () => writtenBeforeTheLast = output.Length), ExportedAt);

        Assert.True(writtenBeforeTheLast > 0, "Nothing reached the stream before the last reflection.");
        Assert.True(output.Length > writtenBeforeTheLast);
    }

    private static async IAsyncEnumerable<Rejection> Many(int count, Action onLast, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 1; i <= count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (i == count)
            {
                onLast();
            }

            yield return Full(Id(i), $"Company {i}");
            await Task.Yield();
        }
    }
}
