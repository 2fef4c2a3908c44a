using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Export;

/// <summary>
/// Export, import into another account, export again: the two files are the same apart from exported_at, and the
/// imported reflection holds everything the file carries (see <see cref="CarriedFields"/>), for any text.
/// </summary>
public sealed class ReflectionMarkdownRoundTripTests
{
    private const int SeedsPerBlock = 25;
    private const int NaughtyStringsPerBlock = 50;
    private static readonly DateTimeOffset FirstExport = new(2025, 3, 20, 18, 45, 7, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondExport = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>16 blocks of 25 seeds: 400 generated journals.</summary>
    public static TheoryData<int> SeedBlocks() => new(Enumerable.Range(0, 16).Select(b => b * SeedsPerBlock));

    public static TheoryData<int> NaughtyStringBlocks() =>
        new(Enumerable.Range(0, (NaughtyStrings.All.Count + NaughtyStringsPerBlock - 1) / NaughtyStringsPerBlock).Select(b => b * NaughtyStringsPerBlock));

    [Theory]
    [MemberData(nameof(SeedBlocks))]
    public void GeneratedJournalsComeBackAsTheyWereExported(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + SeedsPerBlock; seed++)
        {
            AssertRoundTrip(new JournalGenerator(seed).Rejection(), $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(NaughtyStringBlocks))]
    public void EveryNaughtyStringComesBackFromEveryField(int first)
    {
        foreach (var (value, index) in NaughtyStrings.All.Select((v, i) => (v, i)).Skip(first).Take(NaughtyStringsPerBlock))
        {
            AssertRoundTrip(Everywhere(value), $"naughty string {index}: {System.Text.Json.JsonSerializer.Serialize(value)}");
            AssertRoundTrip(Everywhere($"Before it:\n{value}\nand after it."), $"naughty string {index} between lines");
        }
    }

    [Fact]
    public void TheBigListOfNaughtyStringsIsLoaded()
    {
        Assert.Equal(485, NaughtyStrings.Blns.Count);
        Assert.Contains("<script>alert(123)</script>", NaughtyStrings.Blns);
    }

    [Fact]
    public void AllNaughtyStringsInOneJournalComeBack()
    {
        var rejection = Sample.Finished();
        rejection.Entries[0].Text = string.Join("\n", NaughtyStrings.All);
        rejection.Entries[1].Text = string.Join("\n\n", NaughtyStrings.All);
        rejection.Entries.Add(Sample.Revisit(string.Join("\r\n", NaughtyStrings.All), new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)));

        AssertRoundTrip(rejection, "all naughty strings");
    }

    [Fact]
    public void VeryLongTextComesBack()
    {
        var rejection = Sample.Finished();
        foreach (var entry in rejection.Entries)
        {
            entry.Text = new JournalGenerator((int)entry.Step).LongText();
        }

        rejection.Entries.Add(Sample.Revisit(new string('x', JournalGenerator.LongTextLength), new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)));

        var read = AssertRoundTrip(rejection, "long text");

        Assert.Equal(JournalGenerator.LongTextLength, read.Revisits.Single().Text.Length);
    }

    [Fact]
    public void EmptyAndPartialReflectionsComeBack()
    {
        AssertRoundTrip(Sample.Rejection(), "no entries");

        var partial = Sample.Rejection();
        partial.Entries = [Sample.Entry(ReflectionStep.CheckIn, mood: 1), Sample.Entry(ReflectionStep.RoleFit, " \n")];
        var read = AssertRoundTrip(partial, "partial");

        var entry = Assert.Single(read.Entries);
        Assert.Equal(ReflectionStep.CheckIn, entry.Step);
        Assert.Equal(1, entry.Mood);
    }

    [Fact]
    public void ToolsFilledInEveryWayComeBack()
    {
        var rejection = Sample.Finished();
        foreach (var entry in rejection.Entries.Where(e => e.Step != ReflectionStep.CheckIn))
        {
            entry.Data = SampleTools.Filled(entry.Step).ToJson();
        }

        AssertRoundTrip(rejection, "sample tools");
    }

    [Fact]
    public void TheImportedReflectionBelongsToTheImportingAccountAndKeepsItsId()
    {
        var rejection = Sample.Finished();
        rejection.Entries.Add(Sample.Revisit("Later.", new DateTimeOffset(2025, 4, 1, 22, 0, 0, TimeSpan.FromHours(-5))));

        var read = ReflectionMarkdownReader.Read(ReflectionMarkdown.Write(rejection, FirstExport), "someone-else");

        Assert.Equal(rejection.ExternalId, read.ExternalId);
        Assert.Equal("someone-else", read.OwnerId);
        Assert.All(read.Entries, e => Assert.Equal("someone-else", e.OwnerId));
        Assert.Equal(0, read.Id);
        Assert.Equal(rejection.StepsDone, read.CompletedSteps);
        var note = Assert.Single(read.Revisits);
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 0, 0, 0, TimeSpan.Zero), note.CreatedAt);
    }

    [Fact]
    public void ReadingTheSameFileTwiceGivesTheSameIdSoAnImportCanUpdate()
    {
        var file = ReflectionMarkdown.Write(Sample.Finished(), FirstExport);

        Assert.Equal(ReflectionMarkdownReader.Read(file, "a").ExternalId, ReflectionMarkdownReader.Read(file, "a").ExternalId);
    }

    [Fact]
    public void ToolItemsGetNewIdsAndTheirLinksAreRestoredFromTheTitles()
    {
        var rejection = Sample.Finished();
        rejection.Entries[2].Data = SampleTools.Priorities().ToJson();
        rejection.Entries[3].Data = SampleTools.Experience().ToJson();

        var read = ReflectionMarkdownReader.Read(ReflectionMarkdown.Write(rejection, FirstExport), "owner");

        var change = Assert.Single(read.EntryFor(ReflectionStep.Priorities)!.ReadData<PrioritiesData>().Changes);
        var action = Assert.Single(read.EntryFor(ReflectionStep.Experience)!.ReadData<ExperienceData>().Actions);
        Assert.NotEqual(SampleTools.ChangeId, change.Id);
        Assert.Equal(change.Id, action.ChangeId);
        Assert.Equal("Practise system design", change.Title);
    }

    [Fact]
    public void ToolDataIsStoredAsTheSameJsonTheStepToolWrites()
    {
        var rejection = Sample.Finished();
        rejection.Entries[4].Data = SampleTools.RoleFit().ToJson();

        var read = ReflectionMarkdownReader.Read(ReflectionMarkdown.Write(rejection, FirstExport), "owner");

        var data = read.EntryFor(ReflectionStep.RoleFit)!.ReadData<RoleFitData>();
        Assert.Equal(data.ToJson(), read.EntryFor(ReflectionStep.RoleFit)!.Data);
        Assert.Equal("I like the work.\nNot the pace.", data.VerdictWhy);
        Assert.Equal(FitVerdict.Maybe, data.Verdict);
    }

    [Theory]
    [InlineData("## 2 · Choose what to change")]
    [InlineData("## Revisits")]
    [InlineData("### Journal")]
    [InlineData("### People to ask")]
    [InlineData("### 2025-04-01")]
    [InlineData("*Not written yet.*")]
    [InlineData("- **Takeaway:** not mine")]
    [InlineData("<!-- closed by the export -->")]
    [InlineData("   ## Revisits")]
    public void JournalLinesThatLookLikeTheFilesStructureComeBackAsWritten(string line)
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Sample.Entry(ReflectionStep.CheckIn, line),
            Sample.Entry(ReflectionStep.Feedback, "Intro\n\n" + line + "\n\nOutro"),
            SampleTools.Entry(SampleTools.Priorities(), line + "\n" + line),
            Sample.Entry(ReflectionStep.WrapUp, line, mood: 3),
            Sample.Revisit(line, new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), id: 1),
            Sample.Revisit("```\n" + line, new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), id: 2),
        ];

        AssertRoundTrip(rejection, line);
    }

    [Theory]
    [InlineData("```js\nconsole.log('never closed')")]
    [InlineData("~~~~\nunclosed tildes\n~~~")]
    [InlineData("<!-- unclosed comment")]
    [InlineData("<pre>\nunclosed pre")]
    [InlineData("```\nclosed by hand\n```\n<!-- closed by the export -->")]
    [InlineData("```\nclosed by hand\n```")]
    public void BlocksLeftOpenAreClosedInTheFileButNotInTheImportedText(string text)
    {
        var rejection = Sample.Finished();
        rejection.Entries[1].Text = text;

        var read = AssertRoundTrip(rejection, text);

        Assert.Equal(text, read.EntryFor(ReflectionStep.Feedback)!.Text);
    }

    [Fact]
    public void WindowsLineEndingsAreReadLikeLineFeeds()
    {
        var file = ReflectionMarkdown.Write(Sample.Finished(), FirstExport);

        var read = ReflectionMarkdownReader.Read("\uFEFF" + file.Replace("\n", "\r\n", StringComparison.Ordinal), "owner");

        Assert.Equal(CarriedFields.Describe(Sample.Finished()).Split('\n')[1..], CarriedFields.Describe(read).Split('\n')[1..]);
    }

    /// <summary>
    /// Writes, reads into another account and writes again: the files match apart from exported_at, and reading the
    /// second file gives the same reflection again.
    /// </summary>
    private static Rejection AssertRoundTrip(Rejection original, string because)
    {
        var first = ReflectionMarkdown.Write(original, FirstExport);
        Rejection read;
        try
        {
            read = ReflectionMarkdownReader.Read(first, "owner-2");
        }
        catch (MarkdownImportException e)
        {
            Assert.Fail($"{because}: {e.Message}\n\n{first}");
            throw;
        }

        var second = ReflectionMarkdown.Write(read, SecondExport);
        if (WithoutExportedAt(first) != WithoutExportedAt(second))
        {
            Assert.Fail($"{because}: the second export differs.\n{FirstDifference(WithoutExportedAt(first), WithoutExportedAt(second))}");
        }

        var expected = CarriedFields.Describe(original);
        var actual = CarriedFields.Describe(read, normalize: false);
        if (expected != actual)
        {
            Assert.Fail($"{because}: the imported reflection differs.\n{FirstDifference(expected, actual)}");
        }

        Assert.Equal(actual, CarriedFields.Describe(ReflectionMarkdownReader.Read(second, "owner-3")));
        return read;
    }

    private static string WithoutExportedAt(string file)
    {
        var start = file.IndexOf("\nexported_at: ", StringComparison.Ordinal);
        Assert.True(start > 0);
        return file.Remove(start, file.IndexOf('\n', start + 1) - start);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
            var a = i < actualLines.Length ? actualLines[i] : "(end)";
            if (e != a)
            {
                return $"line {i + 1}:\nexpected: {Show(e)}\nactual:   {Show(a)}";
            }
        }

        return "(same lines)";
    }

    private static string Show(string line) => System.Text.Json.JsonSerializer.Serialize(line.Length > 300 ? line[..300] + "…" : line);

    /// <summary>A complete reflection with <paramref name="value"/> in every text field that can hold it.</summary>
    private static Rejection Everywhere(string value)
    {
        var single = value.Replace('\r', ' ').Replace('\n', ' ');
        var rejection = Sample.Rejection(string.IsNullOrWhiteSpace(value) ? "Contoso" : Cut(value, 200), string.IsNullOrWhiteSpace(value) ? "Engineer" : Cut(value, 200));
        rejection.Level = Cut(value, RejectionDetails.MaxShortFieldLength);
        rejection.Team = Cut(value, RejectionDetails.MaxShortFieldLength);
        rejection.Tags = TextRules.NormalizeTags([Cut(single, TextRules.MaxTagLength), "plain"]);
        rejection.Stage = InterviewStage.FinalLoop;
        rejection.DecidedOn = new DateOnly(2025, 2, 7);
        rejection.Entries =
        [
            Sample.Entry(ReflectionStep.CheckIn, value, mood: 2),
            SampleTools.Entry(
                new FeedbackData
                {
                    People = [new() { Name = value, Relationship = Relationship.Recruiter, AskedOn = new DateOnly(2025, 2, 8) }],
                    Received = [new() { Said = value, From = value, Category = FeedbackCategory.Other, Agreement = Agreement.No }, new() { Said = "x", From = value }],
                },
                value),
            SampleTools.Entry(
                new PrioritiesData { Changes = [new() { Title = value, Decision = ChangeDecision.Now }, new() { Title = "Other " + value, Impact = 3 }] },
                value),
            Sample.Entry(ReflectionStep.Experience, value),
            SampleTools.Entry(
                new RoleFitData
                {
                    Appealed = [new() { Text = value }],
                    DidNotAppeal = [new() { Text = value }, new() { Text = "b" }],
                    Verdict = FitVerdict.Yes,
                    VerdictWhy = value + "\n\n" + value,
                    WantVsFit = value,
                    Levels = [new() { Company = value, Title = value, Scope = value, YourRead = value }, new() { Title = value }],
                    Variations = [new() { Company = value, TeamOrRole = value }, new() { TeamOrRole = value }],
                },
                value),
            Sample.Entry(ReflectionStep.WrapUp, value, mood: 4, takeaway: Cut(single, StepAnswer.MaxTakeawayLength), revisitOn: new DateOnly(2025, 6, 1)),
            Sample.Revisit(value, new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), id: 1),
        ];

        var priorities = rejection.Entries[2].ReadData<PrioritiesData>();
        rejection.Entries[3].Data = new ExperienceData
        {
            Actions =
            [
                new() { What = value, ChangeId = priorities.Changes[0].Id, WhoToTalkTo = value, Notes = value, Opportunity = OpportunityType.TradeOff },
                new() { What = "second", ChangeId = priorities.Changes[1].Id, TargetDate = new DateOnly(2025, 5, 1), Status = ActionStatus.Done },
            ],
        }.ToJson();
        return rejection;
    }

    private static string Cut(string value, int max) =>
        value.Length <= max ? value : value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)];
}
