using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rejected.Core.Reflections;
using Rejected.Web.Data;
using Rejected.Web.Hosting;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Hosting;

/// <summary>
/// The command-line verbs, run in-process against the database of a running app (in a temporary folder), with two
/// accounts seeded through the app's own services.
/// </summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private const string Ada = "ada@example.com";
    private const string Bob = "bob@example.com";
    private const string AdaText = "Ada's check-in: disappointed, but the loop taught me a lot.";
    private const string BobText = "Bob's private note about the offer he wanted.";

    private readonly RejectedAppFactory app = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rejected-cli-tests-" + Guid.NewGuid().ToString("N"));
    private string adaId = "";
    private string bobId = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        adaId = await app.CreateUserAsync(Ada);
        bobId = await app.CreateUserAsync(Bob);

        var aurora = await app.CreateRejectionAsync(adaId, "Aurora Bank");
        await app.SaveStepAsync(adaId, aurora, ReflectionStep.CheckIn, new StepAnswer(AdaText, Mood: 2));
        await app.SaveStepAsync(adaId, aurora, ReflectionStep.Feedback, new StepAnswer("Asked the panel.", Data: SampleTools.Feedback()));
        var borealis = await app.CreateRejectionAsync(adaId, "Borealis Health", "Data Analyst");
        await app.SaveStepAsync(adaId, borealis, ReflectionStep.WrapUp, new StepAnswer("Done.", Mood: 4, Takeaway: "Ask for the rubric."));

        var cobalt = await app.CreateRejectionAsync(bobId, "Cobalt Systems");
        await app.SaveStepAsync(bobId, cobalt, ReflectionStep.CheckIn, new StepAnswer(BobText, Mood: 1));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ExportAsMarkdownWritesAZipOfTheUsersReflectionsOnly()
    {
        var path = Path.Combine(folder, "ada.zip");

        var (exitCode, output, error) = await RunAsync("export", "--user", Ada, "--format", "md", "--out", path);

        Assert.Equal((CommandLine.Succeeded, ""), (exitCode, error));
        Assert.Equal($"Wrote {path} ({new FileInfo(path).Length:N0} bytes): 2 reflections of {Ada}, as a zip of Markdown files.", output.Trim());
        var files = ReadZip(path);
        Assert.Equal(2, files.Count(f => f.Key.EndsWith(".md", StringComparison.Ordinal) && f.Value.Contains("Aurora Bank", StringComparison.Ordinal) != f.Value.Contains("Borealis Health", StringComparison.Ordinal)));
        var all = string.Concat(files.Values);
        Assert.Contains(AdaText, all, StringComparison.Ordinal);
        Assert.DoesNotContain("Cobalt Systems", all, StringComparison.Ordinal);
        Assert.DoesNotContain(BobText, all, StringComparison.Ordinal);
        Assert.Equal(["ada.zip"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RedactedMarkdownNamesNoCompanyOrPerson()
    {
        var path = Path.Combine(folder, "ada-redacted.zip");

        var (exitCode, output, _) = await RunAsync("export", "--user", Ada, "--format", "md", "--redact", "--out", path);

        Assert.Equal(CommandLine.Succeeded, exitCode);
        Assert.Contains("companies and people redacted", output, StringComparison.Ordinal);
        var all = string.Concat(ReadZip(path).Values);
        Assert.Contains(AdaText, all, StringComparison.Ordinal);
        Assert.DoesNotContain("Aurora Bank", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Mia Chen", all, StringComparison.Ordinal);
        Assert.Contains("Company A", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsJsonWritesABackupOfTheUsersDataOnly()
    {
        var path = Path.Combine(folder, "ada.json");

        var (exitCode, output, error) = await RunAsync("export", "--user", Ada, "--format", "json", "--out", path);

        Assert.Equal((CommandLine.Succeeded, ""), (exitCode, error));
        Assert.EndsWith($"2 reflections of {Ada}, as a JSON backup.", output.Trim(), StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(path);
        using var backup = JsonDocument.Parse(text);
        Assert.Equal("rejected-backup", backup.RootElement.GetProperty("format").GetString());
        var companies = backup.RootElement.GetProperty("reflections").EnumerateArray().Select(r => r.GetProperty("company").GetString()).Order();
        Assert.Equal(["Aurora Bank", "Borealis Health"], companies);
        Assert.Contains(JsonEncodedText.Encode(AdaText, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cobalt Systems", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", text, StringComparison.Ordinal);
        Assert.DoesNotContain(bobId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAccountIsFoundWhateverTheCaseOfTheEmail()
    {
        var path = Path.Combine(folder, "bob.json");

        var (exitCode, output, _) = await RunAsync("export", "--user", " BOB@Example.COM ", "--format", "JSON", "--out", path);

        Assert.Equal(CommandLine.Succeeded, exitCode);
        Assert.Contains("1 reflection of BOB@Example.COM", output, StringComparison.Ordinal);
        Assert.Contains("Cobalt Systems", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAccountFailsWithExitCodeOneAndWritesNothing()
    {
        var path = Path.Combine(folder, "nobody.zip");

        var (exitCode, output, error) = await RunAsync("export", "--user", "nobody@example.com", "--format", "md", "--out", path);

        Assert.Equal((CommandLine.Failed, "", "No account has the e-mail nobody@example.com."), (exitCode, output, error.Trim()));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task AnExportThatFailsHalfwayLeavesTheExistingFileAsItWasAndNoTemporaryFile()
    {
        // A long first reflection gets written (and flushed) before the broken one stops the export.
        var first = await app.CreateRejectionAsync(bobId, "Dune Logistics");
        await app.SaveStepAsync(bobId, first, ReflectionStep.CheckIn, new StepAnswer(SampleText.Long(100_000)));
        var broken = await app.CreateRejectionAsync(bobId, "Ember Games");
        await app.SaveStepAsync(bobId, broken, ReflectionStep.Experience, new StepAnswer("Plan.", Data: SampleTools.Experience()));
        // JSON5, which SQLite (and so the tally triggers) accepts but the exporter's JSON reader does not.
        await ExecuteAsync(app.DatabasePath, $$"""UPDATE "JournalEntries" SET "Data" = '{actions: [],}' WHERE "RejectionId" = {{broken}}""");
        var path = Path.Combine(folder, "bob.json");
        await File.WriteAllTextAsync(path, "yesterday's backup");

        var (exitCode, output, error) = await RunAsync("export", "--user", Bob, "--format", "json", "--out", path);

        Assert.Equal((CommandLine.Failed, ""), (exitCode, output));
        Assert.StartsWith("export failed, nothing was written: ", error, StringComparison.Ordinal);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(path));
        Assert.Equal(["bob.json"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task AnExistingFileIsReplacedByACompleteExport()
    {
        var path = Path.Combine(folder, "ada.json");
        await File.WriteAllTextAsync(path, "yesterday's backup");

        var (exitCode, _, _) = await RunAsync("export", "--user", Ada, "--format", "json", "--out", path);

        Assert.Equal(CommandLine.Succeeded, exitCode);
        using var backup = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.Equal(2, backup.RootElement.GetProperty("reflections").GetArrayLength());
        Assert.Equal(["ada.json"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task BackupCopiesEveryRowIntoADatabaseThatOpens()
    {
        var path = Path.Combine(folder, "journal-backup.db");

        var (exitCode, output, error) = await RunAsync("backup", "--out", path);

        Assert.Equal((CommandLine.Succeeded, ""), (exitCode, error));
        Assert.StartsWith($"Wrote {path} ({new FileInfo(path).Length:N0} bytes, ", output, StringComparison.Ordinal);
        Assert.EndsWith($"pages): a backup of {app.DatabasePath}.", output.Trim(), StringComparison.Ordinal);
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Equal(await DumpAsync(app.DatabasePath), await DumpAsync(path));
        await using var db = OpenWithEf(path, adaId);
        Assert.Equal(["Aurora Bank", "Borealis Health"], await db.Rejections.OrderBy(r => r.Company).Select(r => r.Company).ToListAsync());
        Assert.Equal(2, await db.Users.CountAsync());
        Assert.Equal(["journal-backup.db"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ABackupTakenWhileAnotherConnectionKeepsWritingIsConsistent()
    {
        await AddBulkAsync(rejections: 200, textLength: 8_000);
        var path = Path.Combine(folder, "live.db");
        using var stop = new CancellationTokenSource();
        var writes = 0;
        var wroteSome = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var wroteMore = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var target = int.MaxValue;

        // Each write is one transaction: a reflection and its three entries, with the search index and tallies the
        // triggers keep. A copy of one moment has every such reflection whole, or not at all.
        var writer = Task.Run(async () =>
        {
            var factory = app.Services.GetRequiredService<IDbContextFactory<JournalDbContext>>();
            while (!stop.IsCancellationRequested)
            {
                await using var db = await factory.CreateForOwnerAsync(adaId, CancellationToken.None);
                db.Rejections.Add(WriterReflection(adaId, writes + 1));
                await db.SaveChangesAsync(CancellationToken.None);
                var done = Interlocked.Increment(ref writes);
                if (done == 5)
                {
                    wroteSome.SetResult();
                }

                if (done >= Volatile.Read(ref target))
                {
                    wroteMore.TrySetResult();
                }
            }
        });

        await WaitAsync(wroteSome.Task, writer);
        var before = Volatile.Read(ref writes);
        var (exitCode, output, error) = await RunAsync("backup", "--out", path);
        var after = Volatile.Read(ref writes);
        Volatile.Write(ref target, after + 5);
        await WaitAsync(wroteMore.Task, writer);
        await stop.CancelAsync();
        await writer;

        Assert.Equal((CommandLine.Succeeded, ""), (exitCode, error));
        Assert.StartsWith($"Wrote {path}", output, StringComparison.Ordinal);
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Null(await ScalarAsync(path, "PRAGMA foreign_key_check"));
        await ExecuteAsync(path, """INSERT INTO "SearchIndex"("SearchIndex") VALUES ('integrity-check')""");
        await using var db = OpenWithEf(path, adaId);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var copied = await db.Rejections.Where(r => r.Company.StartsWith("Writer ")).Select(r => new { r.Company, Entries = r.Entries.Count }).ToListAsync();
        Assert.InRange(copied.Count, before, after);
        Assert.All(copied, r => Assert.Equal(3, r.Entries));

        // The tallies the triggers wrote in the same transactions are in step: Ada's feedback is SampleTools' on every
        // reflection (the seeded one and the writer's), so each of its categories counts all of them.
        var categories = await db.InsightTallies.Where(t => t.OwnerId == adaId && t.Kind == TallyKind.FeedbackCategory).Select(t => t.Count).ToListAsync();
        Assert.NotEmpty(categories);
        Assert.All(categories, count => Assert.Equal(copied.Count + 1, count));
    }

    [Fact]
    public async Task ABackupOverTheDatabaseItselfIsRefused()
    {
        var (exitCode, output, error) = await RunAsync("backup", "--out", app.DatabasePath + "-journal");

        Assert.Equal((CommandLine.BadUsage, ""), (exitCode, output));
        Assert.StartsWith($"--out {app.DatabasePath}-journal is the database or one of its files; choose another file.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(app.DatabasePath + "-journal"));
    }

    [Fact]
    public async Task AMissingDatabaseIsReportedAndNotCreated()
    {
        var missing = Path.Combine(folder, "data", "journal.db");
        Directory.CreateDirectory(Path.GetDirectoryName(missing)!);

        var (exitCode, output, error) = await RunOnAsync(missing, "backup", "--out", Path.Combine(folder, "copy.db"));

        Assert.Equal((CommandLine.Failed, ""), (exitCode, output));
        Assert.StartsWith($"There is no database at {missing}.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(Path.Combine(folder, "copy.db")));
    }

    [Fact]
    public async Task AnInMemoryDatabaseHasNothingToBackUp()
    {
        var (exitCode, output, error) = await RunOnAsync(":memory:", "backup", "--out", Path.Combine(folder, "copy.db"));

        Assert.Equal((CommandLine.Failed, ""), (exitCode, output));
        Assert.StartsWith("ConnectionStrings:Journal names an in-memory database", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task MessagesDoNotDependOnTheCulture()
    {
        var path = Path.Combine(folder, "copy.db");
        using var culture = new CultureScope("de-DE");

        var (_, output, _) = await RunAsync("backup", "--out", path);

        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Wrote {path} ({new FileInfo(path).Length:N0} bytes, "), output, StringComparison.Ordinal);
        Assert.Contains(",", output.Split('(')[1], StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunOnAsync(app.DatabasePath, args);

    private async Task<(int ExitCode, string Output, string Error)> RunOnAsync(string database, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await CommandLine.RunAsync(args, output, error, builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Journal"] = $"Data Source={database}" });
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton<TimeProvider>(app.Clock);
        });
        return (exitCode, output.ToString(), error.ToString());
    }

    // A test that hangs would hide why: a writer that failed surfaces its exception instead.
    private static async Task WaitAsync(Task signal, Task writer)
    {
        var first = await Task.WhenAny(signal, writer);
        await first;
        Assert.True(signal.IsCompleted, "The writer stopped before it had written enough.");
    }

    private async Task AddBulkAsync(int rejections, int textLength)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<JournalDbContext>>();
        await using var db = await factory.CreateForOwnerAsync(bobId, CancellationToken.None);
        for (var i = 0; i < rejections; i++)
        {
            var reflection = WriterReflection(bobId, i);
            reflection.Company = $"Bulk {i}";
            reflection.Entries[0].Text = SampleText.Long(textLength);
            db.Rejections.Add(reflection);
        }

        await db.SaveChangesAsync();
    }

    private static Rejection WriterReflection(string ownerId, int number)
    {
        var at = RejectedAppFactory.Now.AddMinutes(number);
        return new Rejection
        {
            OwnerId = ownerId,
            Company = $"Writer {number}",
            RoleTitle = "Platform Engineer",
            DecidedOn = new DateOnly(2026, 3, 1),
            CreatedAt = at,
            UpdatedAt = at,
            Entries =
            [
                new JournalEntry { OwnerId = ownerId, Step = ReflectionStep.CheckIn, Text = $"Check-in {number}", Mood = 3, CreatedAt = at, UpdatedAt = at, Version = 1 },
                new JournalEntry { OwnerId = ownerId, Step = ReflectionStep.Feedback, Text = "Feedback", Data = SampleTools.Feedback().ToJson(), CreatedAt = at, UpdatedAt = at, Version = 1 },
                new JournalEntry { OwnerId = ownerId, Step = ReflectionStep.WrapUp, Text = "Wrap-up", Mood = 4, CreatedAt = at, UpdatedAt = at, Version = 1 },
            ],
        };
    }

    private static Dictionary<string, string> ReadZip(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Where(e => e.Length > 0).ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    private static JournalDbContext OpenWithEf(string path, string ownerId) =>
        new(JournalDbContextOptions.Standalone($"Data Source={path};Pooling=False")) { OwnerId = ownerId };

    // Every row of every table (the search index's too), each table's rows sorted, for comparing two databases.
    private static async Task<string> DumpAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            var rows = new List<string>();
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join('|', values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            dump.Append(table).Append(": ").Append(rows.Count).Append('\n').AppendJoin('\n', rows).Append('\n');
        }

        return dump.ToString();
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
