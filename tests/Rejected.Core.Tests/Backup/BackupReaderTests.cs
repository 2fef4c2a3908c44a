using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using static Rejected.Core.Tests.Backup.BackupSamples;

namespace Rejected.Core.Tests.Backup;

public sealed class BackupReaderTests
{
    public static TheoryData<int> ChunkSizes() => new(1, 7, 4096, int.MaxValue);

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task WhatIsWrittenIsReadBackFieldByField(int chunk)
    {
        var full = Full(Id(1));
        var bare = Bare(Id(2), "Fabrikam", "Designer");
        var longText = Full(Id(3), "Northwind");

        // Longer than the reader's first buffer, so the buffer has to grow to hold the reflection.
        longText.Entries[0].Text = Long(150_000);

        var result = await ReadAsync(await WriteAsync(full, bare, longText), chunk);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(ExportedAt, result.ExportedAt);
        Assert.Equal(3, result.Reflections.Count);
        AssertSameReflection(Stored(full), Stored(result.Reflections[0]));
        AssertSameReflection(Stored(bare), Stored(result.Reflections[1]));
        AssertSameReflection(Stored(longText), Stored(result.Reflections[2]));
    }

    [Fact]
    public async Task ToolDataComesBackAsTheStoredJson()
    {
        var full = Full(Id(1));

        var result = await ReadAsync(await WriteAsync(full));

        var restored = Stored(result.Reflections[0]);
        Assert.Equal(full.Entries.Select(e => e.Data), restored.Entries.Select(e => e.Data));
        Assert.Equal(6, restored.CompletedSteps);
    }

    [Fact]
    public async Task AByteOrderMarkAtTheStartIsAllowed()
    {
        var bytes = await WriteAsync(Full(Id(1)));

        var result = await ReadAsync([0xEF, 0xBB, 0xBF, .. bytes], chunk: 1);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Single(result.Reflections);
    }

    [Fact]
    public async Task AnEmptyFileSaysSo()
    {
        Assert.Equal(["The file is empty."], (await ReadAsync("")).Problems);
        Assert.Equal(["The file is empty."], (await ReadAsync(" \n ")).Problems);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task TextThatIsNotJsonSaysSoAndWhere(int chunk)
    {
        const string Text = "{\n  \"format\": \"rejected-backup\",\n  \"schemaVersion\": 1 x\n}";
        var at = Text.IndexOf('x', StringComparison.Ordinal);
        var column = at - Text.LastIndexOf('\n', at);

        var result = await ReadAsync(Encoding.UTF8.GetBytes(Text), chunk);

        Assert.Equal(
            [$"The file is not valid JSON: something is wrong at byte {at + 1} (line 3, column {column}). It may be damaged, or it was changed by hand."],
            result.Problems);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task ABrokenCharacterDeepInTheFileIsFoundAtItsByte(int chunk)
    {
        var json = Encoding.UTF8.GetString(await WriteAsync(Full(Id(1)), Full(Id(2), "Fabrikam"), Full(Id(3), "Northwind")));
        var at = Encoding.UTF8.GetByteCount(json[..json.IndexOf("\"Fabrikam\",", StringComparison.Ordinal)]) + "\"Fabrikam\"".Length;
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[at] = (byte)';';

        var result = await ReadAsync(bytes, chunk);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith(
            string.Create(CultureInfo.InvariantCulture, $"The file is not valid JSON: something is wrong at byte {at + 1:N0} (line "),
            problem,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextEndingInAnIncompleteValueIsNotJson()
    {
        Assert.StartsWith("The file is not valid JSON", Assert.Single((await ReadAsync("tru")).Problems), StringComparison.Ordinal);
        Assert.StartsWith("The file is not valid JSON", Assert.Single((await ReadAsync("<html>")).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnythingAfterTheBackupIsNotJson()
    {
        var json = Encoding.UTF8.GetString(await WriteAsync(Bare(Id(1)))) + " x";

        var problem = Assert.Single((await ReadAsync(json)).Problems);

        Assert.StartsWith("The file is not valid JSON", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task ATruncatedFileSaysItWasCutOffAndAfterHowManyBytes(int chunk)
    {
        var bytes = await WriteAsync(Full(Id(1)), Full(Id(2)), Full(Id(3)));
        var cut = bytes.Length / 2;

        var result = await ReadAsync(bytes[..cut], chunk);

        Assert.Equal(
            [string.Create(CultureInfo.InvariantCulture, $"The file ends too soon: it stops after {cut:N0} bytes, in the middle of the backup. It was probably cut off while downloading or uploading; try again with the complete file.")],
            result.Problems);
        Assert.Empty(result.Reflections);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"format\": \"rejected-backup\", \"schemaVersion\": 1, \"reflections\": [")]
    [InlineData("{\"format\": \"rejected-backup\", \"schemaVersion\": 1, \"reflections\": [{\"company\": \"Acm")]
    [InlineData("{\"format\": \"rejected-backup\", \"schemaVersion\": 1, \"reflections\": []")]
    public async Task ABackupCutOffAnywhereIsTruncated(string json)
    {
        var problem = Assert.Single((await ReadAsync(json)).Problems);

        Assert.StartsWith("The file ends too soon", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAppsFileIsNotABackup()
    {
        var result = await ReadAsync("""{ "name": "Road trip", "tracks": [ { "title": "Song", "seconds": 215 } ] }""");

        Assert.Equal(["This file is not a Rejected backup: it has no \"format\": \"rejected-backup\" field."], result.Problems);
    }

    [Fact]
    public async Task AFileOfAnotherFormatIsNotABackup()
    {
        var backup = await WriteJsonAsync(Full(Id(1)));
        backup["format"] = "acme-export";

        var result = await ReadAsync(backup);

        Assert.Equal(["This file is not a Rejected backup: its format is 'acme-export', not \"rejected-backup\"."], result.Problems);
    }

    [Theory]
    [InlineData("[1, 2]", "a list")]
    [InlineData("\"hello\"", "text")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public async Task JsonThatIsNotAnObjectIsNotABackup(string json, string holds)
    {
        Assert.Equal([$"This file is not a Rejected backup: it holds {holds} rather than a backup."], (await ReadAsync(json)).Problems);
    }

    [Fact]
    public async Task ABackupFromANewerVersionAsksForAnUpdate()
    {
        var backup = await WriteJsonAsync(Full(Id(1)));
        backup["schemaVersion"] = 2;
        Reflection(backup, 0)["decidedOn"] = "whenever";

        var result = await ReadAsync(backup);

        Assert.Equal(
            ["This backup was made by a newer version of Rejected (schema version 2); this app reads version 1. Update the app, then restore it again."],
            result.Problems);
    }

    [Fact]
    public async Task ASchemaVersionAfterTheReflectionsStillDecides()
    {
        var json = """{ "format": "rejected-backup", "reflections": [ { "decidedOn": "whenever" } ], "schemaVersion": 3 }""";

        var problem = Assert.Single((await ReadAsync(json)).Problems);

        Assert.Contains("schema version 3", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "The backup's schema version 0 is unknown; this app reads version 1.")]
    [InlineData("-1", "The backup's schema version -1 is unknown; this app reads version 1.")]
    [InlineData("\"1\"", "The backup's schemaVersion '\"1\"' is not a version number this app knows; it reads version 1.")]
    [InlineData("1.5", "The backup's schemaVersion '1.5' is not a version number this app knows; it reads version 1.")]
    public async Task AnUnknownSchemaVersionIsRefused(string version, string message)
    {
        var json = $$"""{ "format": "rejected-backup", "schemaVersion": {{version}}, "reflections": [] }""";

        Assert.Equal([message], (await ReadAsync(json)).Problems);
    }

    [Fact]
    public async Task AMissingSchemaVersionIsRefused()
    {
        var result = await ReadAsync("""{ "format": "rejected-backup", "reflections": [] }""");

        Assert.Equal(["The backup has no schemaVersion, so there is no telling how to read it."], result.Problems);
    }

    [Fact]
    public async Task MissingOrMisshapenReflectionsAreReported()
    {
        Assert.Equal(
            ["The backup has no \"reflections\" list."],
            (await ReadAsync("""{ "format": "rejected-backup", "schemaVersion": 1 }""")).Problems);
        Assert.Equal(
            ["\"reflections\" should be a list of reflections."],
            (await ReadAsync("""{ "format": "rejected-backup", "schemaVersion": 1, "reflections": {} }""")).Problems);
        Assert.Equal(
            ["reflection 1 is a number, not a reflection."],
            (await ReadAsync("""{ "format": "rejected-backup", "schemaVersion": 1, "reflections": [42] }""")).Problems);
    }

    [Fact]
    public async Task AnInvalidExportTimeIsReported()
    {
        var backup = await WriteJsonAsync(Full(Id(1)));
        backup["exportedAt"] = "soon";

        Assert.Equal(["exportedAt 'soon' is not a valid date and time."], (await ReadAsync(backup)).Problems);
    }

    [Fact]
    public async Task DuplicateIdsNameBothReflections()
    {
        var backup = await WriteJsonAsync(Bare(Id(1), "Contoso", "Engineer"), Bare(Id(2), "Fabrikam", "Designer"), Bare(Id(1), "Northwind", "Analyst"));

        var result = await ReadAsync(backup);

        Assert.Equal(
            [$"reflection 3 (Northwind, Analyst): id {Id(1)} is also the id of reflection 1 (Contoso, Engineer); each reflection needs its own."],
            result.Problems);
        Assert.Empty(result.Reflections);
    }

    [Fact]
    public async Task MissingAndInvalidIdsAreReported()
    {
        var backup = await WriteJsonAsync(Bare(Id(1)), Bare(Id(2), "Fabrikam"), Bare(Id(3), "Northwind"));
        Reflection(backup, 0).Remove("id");
        Reflection(backup, 1)["id"] = "xyz";
        Reflection(backup, 2)["id"] = Guid.Empty.ToString();

        var result = await ReadAsync(backup);

        Assert.Equal(
            [
                "reflection 1 (Contoso, Engineer): has no id.",
                "reflection 2 (Fabrikam, Engineer): id 'xyz' is not a valid id.",
                "reflection 3 (Northwind, Engineer): id '00000000-0000-0000-0000-000000000000' is not a valid id.",
            ],
            result.Problems);
    }

    [Fact]
    public async Task AGuidedStepWrittenTwiceIsReported()
    {
        var backup = await WriteJsonAsync(Full(Id(1), "Acme", "Engineer"));
        var entries = Reflection(backup, 0)["entries"]!.AsArray();
        entries.Add(entries[1]!.DeepClone());

        var result = await ReadAsync(backup);

        Assert.Equal(
            ["reflection 1 (Acme, Engineer), entry 9 (Feedback): the Feedback step is already entry 2; each guided step is written once."],
            result.Problems);
    }

    [Fact]
    public async Task RevisitNotesCanBeMany()
    {
        var backup = await WriteJsonAsync(Full(Id(1)));
        var entries = Reflection(backup, 0)["entries"]!.AsArray();
        entries.Add(entries[6]!.DeepClone());

        var result = await ReadAsync(backup);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(3, result.Reflections[0].Revisits.Count());
    }

    [Fact]
    public async Task MoodsOutOfRangeOrOnTheWrongStepAreReported()
    {
        var backup = await WriteJsonAsync(Full(Id(1), "Acme", "Engineer"));
        EntryOf(backup, 0, 0)["mood"] = 7;
        EntryOf(backup, 0, 1)["mood"] = 3;
        EntryOf(backup, 0, 5)["mood"] = "high";

        var result = await ReadAsync(backup);

        Assert.Equal(
            [
                "reflection 1 (Acme, Engineer), entry 1 (CheckIn): mood 7 is out of range; a mood is 1 to 5.",
                "reflection 1 (Acme, Engineer), entry 2 (Feedback): has a mood, but only check-in and wrap-up record one.",
                "reflection 1 (Acme, Engineer), entry 6 (WrapUp): mood should be a number, not text.",
            ],
            result.Problems);
    }

    [Fact]
    public async Task StepsThatDoNotExistAreReported()
    {
        var backup = await WriteJsonAsync(Full(Id(1), "Acme", "Engineer"));
        EntryOf(backup, 0, 6)["step"] = "Lunch";
        EntryOf(backup, 0, 7)["step"] = 9;
        var entries = Reflection(backup, 0)["entries"]!.AsArray();
        entries.Add(new JsonObject { ["text"] = "No step" });

        var result = await ReadAsync(backup);

        Assert.Equal(
            [
                "reflection 1 (Acme, Engineer), entry 7: step 'Lunch' is not one of CheckIn, Feedback, Priorities, Experience, RoleFit, WrapUp or Revisit.",
                "reflection 1 (Acme, Engineer), entry 8: step 9 is not one of CheckIn, Feedback, Priorities, Experience, RoleFit, WrapUp or Revisit.",
                "reflection 1 (Acme, Engineer), entry 9: has no step.",
            ],
            result.Problems);
    }

    [Fact]
    public async Task InvalidDatesNameTheFieldAndTheValue()
    {
        var backup = await WriteJsonAsync(Bare(Id(1)), Bare(Id(2)), Full(Id(3), "Acme", "Engineer"));
        var acme = Reflection(backup, 2);
        acme["decidedOn"] = "2026-02-30";
        acme["createdAt"] = "yesterday";
        acme["finishedAt"] = "2026-03-15T12:00:00";
        EntryOf(backup, 2, 5)["revisitOn"] = "2026-13-01";
        EntryOf(backup, 2, 6)["updatedAt"] = "2026-03-15";

        var result = await ReadAsync(backup);

        Assert.Equal(
            [
                "reflection 3 (Acme, Engineer): decidedOn '2026-02-30' is not a valid date (year-month-day, e.g. 2026-03-15).",
                "reflection 3 (Acme, Engineer): createdAt 'yesterday' is not a valid date and time (e.g. 2026-03-15T12:00:00+00:00).",
                "reflection 3 (Acme, Engineer): finishedAt '2026-03-15T12:00:00' is not a valid date and time (e.g. 2026-03-15T12:00:00+00:00).",
                "reflection 3 (Acme, Engineer), entry 6 (WrapUp): revisitOn '2026-13-01' is not a valid date (year-month-day, e.g. 2026-03-15).",
                "reflection 3 (Acme, Engineer), entry 7 (Revisit): updatedAt '2026-03-15' is not a valid date and time (e.g. 2026-03-15T12:00:00+00:00).",
            ],
            result.Problems);
    }

    [Fact]
    public async Task ADecisionInTheFutureIsRefusedAsTheFormRefusesIt()
    {
        var backup = await WriteJsonAsync(Bare(Id(1), "Acme", "Engineer"));
        Reflection(backup, 0)["decidedOn"] = "2026-03-21";

        Assert.Equal(["reflection 1 (Acme, Engineer): decidedOn 2026-03-21 is in the future."], (await ReadAsync(backup)).Problems);
    }

    [Fact]
    public async Task ToolDataIsCheckedByTheToolsOwnRules()
    {
        var backup = await WriteJsonAsync(Full(Id(1), "Acme", "Engineer"));
        var people = EntryOf(backup, 0, 1)["data"]!["people"]!.AsArray();
        while (people.Count <= StepData.MaxItems)
        {
            var person = people[0]!.DeepClone();
            person["id"] = Guid.NewGuid().ToString();
            people.Add(person);
        }

        EntryOf(backup, 0, 2)["data"]!["changes"]![0]!["kind"] = "Magic";
        EntryOf(backup, 0, 3)["data"]!["actions"]![0]!["notes"] = new string('n', StepData.MaxTextLength + 1);
        EntryOf(backup, 0, 0)["data"] = new JsonObject();
        EntryOf(backup, 0, 4)["data"] = "{\"verdict\": \"Yes\"}";

        var result = await ReadAsync(backup);

        Assert.Equal(
            [
                "reflection 1 (Acme, Engineer), entry 1 (CheckIn): has data, but the CheckIn step has no tool to hold it.",
                "reflection 1 (Acme, Engineer), entry 2 (Feedback): data.people: You can keep up to 50 people here; there are 51. Remove one to save again.",
                "reflection 1 (Acme, Engineer), entry 3 (Priorities): data.changes[0].kind can't be read: a value has the wrong type or is not one of the options.",
                $"reflection 1 (Acme, Engineer), entry 4 (Experience): data.actions item 00000000-0000-0000-0000-000000000003, notes: Notes can be at most 2,000 characters; it has 2,001. Shorten it to save again.",
                "reflection 1 (Acme, Engineer), entry 5 (RoleFit): data should be an object, not text.",
            ],
            result.Problems);
    }

    [Fact]
    public async Task FieldsOverTheAppsLimitsAreReportedWithTheirLength()
    {
        var backup = await WriteJsonAsync(Full(Id(1), "Acme", "Engineer"), Bare(Id(2)));
        var acme = Reflection(backup, 0);
        acme["level"] = new string('l', 201);
        acme["team"] = new string('t', 201);
        acme["tags"] = new JsonArray([.. Enumerable.Range(1, 21).Select(i => JsonValue.Create($"tag {i}"))]);
        EntryOf(backup, 0, 0)["text"] = new string('x', StepAnswer.MaxTextLength + 1);
        EntryOf(backup, 0, 5)["takeaway"] = new string('k', 281);
        EntryOf(backup, 0, 1)["takeaway"] = "Not here";
        var other = Reflection(backup, 1);
        other["company"] = new string('c', 201);
        other["role"] = "   ";
        other["tags"] = new JsonArray("fine", new string('g', 41));

        var result = await ReadAsync(backup);

        Assert.Equal(
            [
                "reflection 1 (Acme, Engineer): level is 201 characters; the limit is 200.",
                "reflection 1 (Acme, Engineer): team is 201 characters; the limit is 200.",
                "reflection 1 (Acme, Engineer): there are 21 tags; the limit is 20.",
                "reflection 1 (Acme, Engineer), entry 1 (CheckIn): text is 200,001 characters; the limit is 200,000.",
                "reflection 1 (Acme, Engineer), entry 2 (Feedback): has a takeaway, but only the wrap-up has one.",
                "reflection 1 (Acme, Engineer), entry 6 (WrapUp): takeaway is 281 characters; the limit is 280.",
                $"reflection 2 ({new string('c', 40)}…): company is 201 characters; the limit is 200.",
                $"reflection 2 ({new string('c', 40)}…): role is missing.",
                $"reflection 2 ({new string('c', 40)}…): the tag '{new string('g', 40)}…' is 41 characters; a tag can have at most 40.",
            ],
            result.Problems);
    }

    [Fact]
    public async Task ValuesOfTheWrongKindAreReported()
    {
        var backup = await WriteJsonAsync(Full(Id(1), "Acme", "Engineer"));
        var acme = Reflection(backup, 0);
        acme["company"] = 42;
        acme["stage"] = "Lunch";
        acme["communication"] = 3;
        acme["tags"] = "backend";
        acme["entries"]!.AsArray().Add(7);

        var result = await ReadAsync(backup);

        Assert.Equal(
            [
                "reflection 1 (Engineer): company should be text, not a number.",
                "reflection 1 (Engineer): stage 'Lunch' is not one of Application, RecruiterScreen, TechnicalScreen, TakeHome, FinalLoop or OfferOrReferences.",
                "reflection 1 (Engineer): communication 3 is not one of Email, PhoneCall, VideoCall, InPerson, ApplicantPortal, NeverHeardBack or Other.",
                "reflection 1 (Engineer): tags should be a list, not text.",
                "reflection 1 (Engineer), entry 9 is a number, not an entry.",
            ],
            result.Problems);
    }

    [Fact]
    public async Task UnknownAndRepeatedFieldsAreReported()
    {
        var json = Encoding.UTF8.GetString(await WriteAsync(Bare(Id(1), "Acme", "Engineer")))
            .Replace("\"company\": \"Acme\",", "\"company\": \"Acme\", \"compnay\": \"Acme\", \"role\": \"Boss\",", StringComparison.Ordinal)
            .Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"app\": \"x\",", StringComparison.Ordinal);

        var result = await ReadAsync(json);

        Assert.Equal(
            [
                "The top of the file has a field this app does not know: \"app\".",
                "reflection 1 (Acme, Boss): role is written twice.",
                "reflection 1 (Acme, Boss): has a field this app does not know: \"compnay\".",
            ],
            result.Problems);
    }

    [Fact]
    public async Task EveryProblemIsListedInTheOrderOfTheFile()
    {
        var backup = await WriteJsonAsync(Bare(Id(1), "One"), Bare(Id(2), "Two"), Bare(Id(3), "Three"));
        Reflection(backup, 2)["decidedOn"] = "never";
        Reflection(backup, 0)["stage"] = "Lunch";
        Reflection(backup, 1)["company"] = "";

        var result = await ReadAsync(backup);

        Assert.Equal(3, result.Problems.Count);
        Assert.StartsWith("reflection 1 (One, Engineer): stage", result.Problems[0], StringComparison.Ordinal);
        Assert.Equal("reflection 2 (Engineer): company is missing.", result.Problems[1]);
        Assert.StartsWith("reflection 3 (Three, Engineer): decidedOn 'never'", result.Problems[2], StringComparison.Ordinal);
        Assert.Empty(result.Reflections);
    }

    [Fact]
    public async Task AFileWithProblemsEverywhereListsAHundredAndCountsTheRest()
    {
        var backup = await WriteJsonAsync([.. Enumerable.Range(1, 150).Select(i => Bare(Id(i), $"Company {i}"))]);
        foreach (var reflection in backup["reflections"]!.AsArray())
        {
            reflection!["decidedOn"] = "never";
        }

        var result = await ReadAsync(backup);

        Assert.Equal(101, result.Problems.Count);
        Assert.StartsWith("reflection 100 (Company 100, Engineer)", result.Problems[99], StringComparison.Ordinal);
        Assert.Equal("…and 50 more problems.", result.Problems[100]);
    }

    // Never ends on half an emoji: the text must stay valid UTF-16 to come back unchanged.
    private static string Long(int length)
    {
        const string Pattern = "Première leçon: 失敗は成功のもと 🙂 — ça ira.\n";
        var text = string.Concat(Enumerable.Repeat(Pattern, (length / Pattern.Length) + 1));
        return (char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length]).PadRight(length, '.');
    }
}
