using System.Text;
using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Endpoints;

/// <summary>Imports through the form on the "Your data" page, as a browser posts it.</summary>
public sealed class JournalImportTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    private static readonly Guid LitwareId = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    // Built once: 200 MB of zeros in one entry pack to a few hundred kilobytes.
    private static readonly Lazy<byte[]> ZipBomb = new(() => DataForms.ZerosZip(200, "bomb.md"));

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "malformed JSON", "The file is not valid JSON" },
        { "a cut-off backup", "The file ends too soon" },
        { "an unknown schema version", "This backup was made by a newer version of Rejected (schema version 99)" },
        { "another app's JSON", "This file is not a Rejected backup" },
        { "an empty file", "'backup.json' is empty." },
        { "an unknown kind of file", "'photo.png' is not a file Rejected can import." },
        { "Markdown from elsewhere", "'notes.md': this file has no front matter" },
        { "an invalid date", "'litware.md': line 8: the date 2026-02-30 is not a valid date" },
        { "a date in the future", "'litware.md' (Litware, Tester): decidedOn 2030-01-01 is in the future." },
        { "a cut-off zip", "This zip file is damaged or incomplete" },
        { "a zip entry going up a folder", "The zip file holds an entry named '../x.md', which goes up out of the folder it is unpacked into ('..')." },
        { "a zip entry with an absolute path", "The zip file holds an entry named '/abs.md', which is an absolute path" },
        { "a zip entry with a drive letter", "The zip file holds an entry named 'C:/x.md', which starts with a drive letter." },
        { "a zip entry with backslashes", "The zip file holds an entry named '..\\x.md', which contains a backslash" },
        { "a zip bomb", "'bomb.md' unpacks to more than 64 MB" },
        { "a zip holding something else", "The zip file holds 'photo.jpg', which is not a reflection" },
        { "a zip holding a file that is not an export", "'notes/todo.md': this file has no front matter" },
        { "a zip without reflections", "The zip file holds no reflections" },
        { "duplicate ids", "'b.md' is the same reflection as 'a.md' (both have the id 0f8fad5b-d9cb-469f-a165-70867728950e)" },
    };

    [Fact]
    public async Task AZipExportImportedIntoASecondAccountReproducesTheJournal()
    {
        var alice = await app.CreateUserAsync("import-zip-alice@example.com");
        await NamedJournal.SeedAsync(app, alice);
        await app.CreateUserAsync("import-zip-bob@example.com");
        using var aliceClient = await SignInAsync("import-zip-alice@example.com");
        using var bobClient = await SignInAsync("import-zip-bob@example.com");
        var zip = await DataForms.DownloadAsync(aliceClient, "/journal/export.zip");

        var outcome = await DataForms.ImportAsync(bobClient, "rejected-journal-2026-03-15.zip", zip);

        Assert.Empty(outcome.Errors);
        Assert.StartsWith("Imported. 4 reflections added, 0 updated, 0 skipped", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(DataForms.ReadZip(zip), DataForms.ReadZip(await DataForms.DownloadAsync(bobClient, "/journal/export.zip")));
    }

    [Fact]
    public async Task OneExportedMarkdownFileImportsIntoASecondAccount()
    {
        var alice = await app.CreateUserAsync("import-md-alice@example.com");
        var ids = await NamedJournal.SeedAsync(app, alice);
        await app.CreateUserAsync("import-md-bob@example.com");
        using var aliceClient = await SignInAsync("import-md-alice@example.com");
        using var bobClient = await SignInAsync("import-md-bob@example.com");
        var markdown = await DataForms.DownloadAsync(aliceClient, $"/journal/{ids[0]}/export.md");

        var outcome = await DataForms.ImportAsync(bobClient, "contoso-backend-engineer-2026-03-10.md", markdown);

        Assert.Empty(outcome.Errors);
        Assert.StartsWith("Imported. 1 reflection added, 0 updated, 0 skipped", outcome.Summary, StringComparison.Ordinal);
        var bobs = DataForms.ReadZip(await DataForms.DownloadAsync(bobClient, "/journal/export.zip"));
        Assert.Equal(Encoding.UTF8.GetString(markdown), bobs["contoso-backend-engineer-2026-03-10.md"]);
    }

    [Theory]
    [InlineData("/journal/export.zip", "journal.zip")]
    [InlineData("/journal/backup.json", "backup.json")]
    [InlineData("/journal/{0}/export.md", "reflection.md")]
    public async Task ImportingTheSameFileAgainSkipsEverything(string url, string fileName)
    {
        var email = $"import-again-{fileName}@example.com";
        var alice = await app.CreateUserAsync(email);
        var ids = await NamedJournal.SeedAsync(app, alice);
        await app.CreateUserAsync("bob-" + email);
        using var aliceClient = await SignInAsync(email);
        using var bobClient = await SignInAsync("bob-" + email);
        var file = await DataForms.DownloadAsync(aliceClient, string.Format(System.Globalization.CultureInfo.InvariantCulture, url, ids[0]));
        var count = fileName == "reflection.md" ? 1 : ids.Count;

        var first = await DataForms.ImportAsync(bobClient, fileName, file);
        var before = await bobClient.GetStringAsync("/journal/backup.json");
        var again = await DataForms.ImportAsync(bobClient, fileName, file);
        var intoTheOriginal = await DataForms.ImportAsync(aliceClient, fileName, file);

        Assert.StartsWith($"Imported. {count} reflection", first.Summary, StringComparison.Ordinal);
        var allSkipped = $"0 reflections added, 0 updated, {count} skipped because {(count == 1 ? "it was" : "they were")} already in your journal.";
        Assert.Contains(allSkipped, again.Summary, StringComparison.Ordinal);
        Assert.Contains(allSkipped, intoTheOriginal.Summary, StringComparison.Ordinal);
        Assert.Equal(before, await bobClient.GetStringAsync("/journal/backup.json"));
    }

    [Theory]
    [InlineData("/journal/backup.json", "rejected-backup")]
    [InlineData("/journal/{0}/export.md", "reflection.txt")]
    public async Task AFileSavedWithoutItsExtensionIsRecognisedByItsContent(string url, string fileName)
    {
        var email = $"import-renamed-{fileName}@example.com";
        var alice = await app.CreateUserAsync(email);
        var ids = await NamedJournal.SeedAsync(app, alice);
        await app.CreateUserAsync("bob-" + email);
        using var aliceClient = await SignInAsync(email);
        using var bobClient = await SignInAsync("bob-" + email);
        var file = await DataForms.DownloadAsync(aliceClient, string.Format(System.Globalization.CultureInfo.InvariantCulture, url, ids[0]));

        var outcome = await DataForms.ImportAsync(bobClient, fileName, file);

        Assert.Empty(outcome.Errors);
        Assert.StartsWith("Imported.", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReflectionChangedSinceTheExportIsUpdatedAndTheRestSkipped()
    {
        var alice = await app.CreateUserAsync("import-update@example.com");
        var ids = await NamedJournal.SeedAsync(app, alice);
        using var client = await SignInAsync("import-update@example.com");
        var zip = await DataForms.DownloadAsync(client, "/journal/export.zip");
        await app.SaveStepAsync(alice, ids[1], ReflectionStep.CheckIn, new StepAnswer("Changed my mind about Northwind Traders.", Mood: 4));

        var outcome = await DataForms.ImportAsync(client, "journal.zip", zip);

        Assert.StartsWith("Imported. 0 reflections added, 1 updated, 3 skipped", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(DataForms.ReadZip(zip), DataForms.ReadZip(await DataForms.DownloadAsync(client, "/journal/export.zip")));
    }

    [Fact]
    public async Task ARedactedExportImportsAsNewReflectionsAndLeavesTheOriginalsAlone()
    {
        var alice = await app.CreateUserAsync("import-redacted@example.com");
        await NamedJournal.SeedAsync(app, alice);
        using var client = await SignInAsync("import-redacted@example.com");
        var original = DataForms.ReadZip(await DataForms.DownloadAsync(client, "/journal/export.zip"));
        var redacted = await DataForms.DownloadAsync(client, "/journal/export.zip?redact=true");

        var outcome = await DataForms.ImportAsync(client, "shared.zip", redacted);

        Assert.StartsWith("Imported. 4 reflections added, 0 updated, 0 skipped", outcome.Summary, StringComparison.Ordinal);
        var after = DataForms.ReadZip(await DataForms.DownloadAsync(client, "/journal/export.zip"));
        Assert.All(original.Where(f => f.Key != "index.md"), f => Assert.Equal(f.Value, after[f.Key]));
        Assert.Equal(9, after.Count);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFileIsRefusedWithAMessageNamingTheProblemAndChangesNothing(string problem, string message)
    {
        var email = $"bad-{Guid.NewGuid():N}@example.com";
        var owner = await app.CreateUserAsync(email);
        await NamedJournal.SeedAsync(app, owner);
        using var client = await SignInAsync(email);
        var before = await client.GetStringAsync("/journal/backup.json");
        var (fileName, content) = BadFile(problem);

        var outcome = await DataForms.ImportAsync(client, fileName, content);

        Assert.Null(outcome.Summary);
        Assert.Contains(outcome.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await client.GetStringAsync("/journal/backup.json"));
    }

    [Fact]
    public async Task SubmittingWithoutAFileAsksForOne()
    {
        await app.CreateUserAsync("import-nothing@example.com");
        using var client = await SignInAsync("import-nothing@example.com");

        var outcome = await DataForms.ImportAsync(client, "", []);

        Assert.Equal(["Choose a file to import."], outcome.Errors);
    }

    internal static string ValidMarkdown(DateOnly? decidedOn = null) => ReflectionMarkdown.Write(
        new Rejection
        {
            OwnerId = "",
            ExternalId = LitwareId,
            Company = "Litware",
            RoleTitle = "Tester",
            DecidedOn = decidedOn ?? new DateOnly(2026, 3, 1),
            Entries = [new JournalEntry { OwnerId = "", Step = ReflectionStep.CheckIn, Text = "It stings.", Mood = 2 }],
        },
        RejectedAppFactory.Now);

    private static (string Name, byte[] Content) BadFile(string problem)
    {
        var markdown = ValidMarkdown();
        (string, byte[]) Text(string name, string text) => (name, new UTF8Encoding(false).GetBytes(text));
        return problem switch
        {
            "malformed JSON" => Text("backup.json", "{ \"format\": rejected-backup }"),
            "a cut-off backup" => Text("backup.json", "{\"format\":\"rejected-backup\",\"schemaVersion\":1,\"reflections\":[{\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"company\":\"Lit"),
            "an unknown schema version" => Text("backup.json", "{\"format\":\"rejected-backup\",\"schemaVersion\":99,\"exportedAt\":\"2026-03-15T12:00:00Z\",\"reflections\":[]}"),
            "another app's JSON" => Text("package.json", "{\"name\":\"my-app\",\"version\":\"1.0.0\",\"dependencies\":{}}"),
            "an empty file" => Text("backup.json", ""),
            "an unknown kind of file" => ("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            "Markdown from elsewhere" => Text("notes.md", "# Shopping\n\n- milk\n"),
            "an invalid date" => Text("litware.md", markdown.Replace("decided_on: 2026-03-01", "decided_on: 2026-02-30", StringComparison.Ordinal)),
            "a date in the future" => Text("litware.md", ValidMarkdown(new DateOnly(2030, 1, 1))),
            "a cut-off zip" => ("journal.zip", DataForms.Zip(("a.md", markdown), ("index.md", "# Index"))[..200]),
            "a zip entry going up a folder" => ("journal.zip", DataForms.Zip(("../x.md", markdown))),
            "a zip entry with an absolute path" => ("journal.zip", DataForms.Zip(("/abs.md", markdown))),
            "a zip entry with a drive letter" => ("journal.zip", DataForms.Zip(("C:/x.md", markdown))),
            "a zip entry with backslashes" => ("journal.zip", DataForms.Zip(("..\\x.md", markdown))),
            "a zip bomb" => ("journal.zip", ZipBomb.Value),
            "a zip holding something else" => ("journal.zip", DataForms.Zip(("a.md", markdown), ("photo.jpg", "not a photo"))),
            "a zip holding a file that is not an export" => ("journal.zip", DataForms.Zip(("a.md", markdown), ("notes/todo.md", "- call mum\n"))),
            "a zip without reflections" => ("journal.zip", DataForms.Zip(("index.md", "# Index"), ("folder/", ""))),
            "duplicate ids" => ("journal.zip", DataForms.Zip(("a.md", markdown), ("b.md", markdown))),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await AccountForms.SignInAsync(client, email);
        return client;
    }
}
