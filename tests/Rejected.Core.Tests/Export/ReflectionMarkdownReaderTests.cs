using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Export;

/// <summary>What the reader makes of files that were not written by the export, or were edited by hand.</summary>
public sealed class ReflectionMarkdownReaderTests
{
    private const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static readonly DateTimeOffset ExportedAt = new(2025, 3, 20, 18, 45, 7, TimeSpan.Zero);

    [Fact]
    public void ReadsTheFactsFromTheFrontMatter()
    {
        var rejection = Sample.Finished();
        rejection.Level = "Senior";
        rejection.Team = "Payments";
        rejection.Stage = InterviewStage.TakeHome;
        rejection.DecidedOn = new DateOnly(2025, 2, 7);
        rejection.Communication = DecisionChannel.VideoCall;
        rejection.Tags = ["backend", "remote"];

        var read = ReflectionMarkdownReader.Read(ReflectionMarkdown.Write(rejection, ExportedAt), "owner");

        Assert.Equal(
            (rejection.ExternalId, "Contoso", "Backend Engineer", "Senior", "Payments", InterviewStage.TakeHome, new DateOnly(2025, 2, 7), DecisionChannel.VideoCall),
            (read.ExternalId, read.Company, read.RoleTitle, read.Level, read.Team, read.Stage, read.DecidedOn, read.Communication));
        Assert.Equal(["backend", "remote"], read.Tags);
    }

    [Fact]
    public void AcceptsFrontMatterEditedByHand()
    {
        var file = Valid()
            .Replace("company: \"Contoso\"", "company: Contoso # the one in Seattle", StringComparison.Ordinal)
            .Replace("stage: null", "stage: final loop", StringComparison.Ordinal)
            .Replace("communication: null", "communication: VideoCall", StringComparison.Ordinal)
            .Replace("tags: []", "tags:\n  - remote\n  - remote\n  - ' backend '", StringComparison.Ordinal)
            .Replace("exported_at:", "extra: ignored\nexported_at:", StringComparison.Ordinal);

        var read = ReflectionMarkdownReader.Read(file, "owner");

        Assert.Equal("Contoso", read.Company);
        Assert.Equal(InterviewStage.FinalLoop, read.Stage);
        Assert.Equal(DecisionChannel.VideoCall, read.Communication);
        Assert.Equal(["remote", "backend"], read.Tags);
    }

    [Fact]
    public void AFileFromBeforeReflectionsHadAnIdGetsANewOne()
    {
        var read = ReflectionMarkdownReader.Read(Valid().Replace($"id: {Id}\n", "", StringComparison.Ordinal), "owner");

        Assert.NotEqual(Guid.Empty, read.ExternalId);
        Assert.NotEqual(new Guid(Id), read.ExternalId);
    }

    [Fact]
    public void StepsLeftEmptyByHandAreNotWrittenYet()
    {
        var file = Valid().Replace("\nIt stings.\n", "\n", StringComparison.Ordinal).Replace("\nLead the next migration.\n", "\n", StringComparison.Ordinal);

        var read = ReflectionMarkdownReader.Read(file, "owner");

        Assert.Equal("", read.EntryFor(ReflectionStep.CheckIn)!.Text);
        Assert.Null(read.EntryFor(ReflectionStep.Experience));
    }

    [Fact]
    public void ErrorsAreFormatExceptionsThatSayWhere()
    {
        var e = Assert.Throws<MarkdownImportException>(() => Read(Valid().Replace("decided_on: 2025-02-07", "decided_on: 2026-13-40", StringComparison.Ordinal)));

        Assert.IsAssignableFrom<FormatException>(e);
        Assert.Equal(8, e.Line);
    }

    public static TheoryData<string, string, string> BadFrontMatter() => new()
    {
        { "decided_on: 2025-02-07", "decided_on: 2026-13-40", "line 8: the date 2026-13-40 is not a valid date; dates are written as year-month-day, such as 2025-03-01." },
        { "decided_on: 2025-02-07", "decided_on: yesterday", "line 8: the date yesterday is not a valid date; dates are written as year-month-day, such as 2025-03-01." },
        { "stage: null", "stage: \"Foo\"", "line 7: unknown stage 'Foo'; it should be one of: Application, Recruiter screen, Technical screen, Take-home, Final loop, Offer or reference stage." },
        { "communication: null", "communication: Pigeon", "line 9: unknown way you heard 'Pigeon'; it should be one of: E-mail, Phone call, Video call, In person, Applicant portal, Never heard back, Other." },
        { $"id: {Id}", "id: 42", $"line 2: the id '42' is not valid; it should look like {Id}." },
        { "company: \"Contoso\"\n", "", "the front matter has no 'company': every reflection needs its company." },
        { "role: \"Backend Engineer\"", "role: \"  \"", "line 4: the role is empty: every reflection needs one." },
        { "level: null", $"level: \"{new string('x', 201)}\"", "line 5: the level is 201 characters long; it can be at most 200." },
        { "tags: []", "tags: remote", "line 10: the tags should be a list such as [\"remote\", \"backend\"]." },
        { "tags: []", "tags: [" + string.Join(", ", Enumerable.Range(1, 21)) + "]", "line 10: there are 21 tags; a reflection can have at most 20." },
        { "mood_before: 2", "mood_before: 3", "line 11: 'mood_before' is 3, but the check-in gives a mood of 2; make them the same." },
        { "mood_after: 4", "mood_after: null", "line 12: 'mood_after' is empty, but the wrap-up gives a mood of 4; make them the same." },
        { "company: \"Contoso\"", "company: \"Contoso", "line 3: the front matter is not valid YAML (While scanning a multi-line double-quoted scalar, found wrong indentation.)" },
        { "tags: []", "tags: []\ntags: [\"b\"]", "line 11: the front matter is not valid YAML (Duplicate key tags)" },
    };

    [Theory]
    [MemberData(nameof(BadFrontMatter))]
    public void BadFrontMatterIsExplained(string line, string replacement, string message)
    {
        var file = Valid();
        Assert.Contains(line, file, StringComparison.Ordinal);

        var e = Assert.Throws<MarkdownImportException>(() => Read(file.Replace(line, replacement, StringComparison.Ordinal)));

        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("", "this file is empty: there is no reflection in it.")]
    [InlineData(" \n\n", "this file is empty: there is no reflection in it.")]
    [InlineData("# Notes\n\nJust some Markdown.\n", "this file has no front matter (the block between two '---' lines at the very top): it was not exported by Rejected.")]
    [InlineData("{\"format\": \"rejected-backup\"}", "this file has no front matter (the block between two '---' lines at the very top): it was not exported by Rejected.")]
    [InlineData("---\ncompany: \"Contoso\"\n", "line 1: the front matter that starts here is never closed by a '---' line.")]
    [InlineData("---\n- a\n- b\n---\n", "line 2: the front matter should be a list of 'name: value' lines, such as 'company: \"Contoso\"'.")]
    [InlineData("---\ntitle: My post\n---\n\nHello\n", "the front matter has no 'company': every reflection needs its company.")]
    [InlineData(
        "---\ncompany: Contoso\nrole: Engineer\n---\n\n# Engineer at Contoso\n",
        "the heading '## Check-in' is missing: every step has its own section, in order, even when nothing was written in it.")]
    public void FilesThatAreNotExportsAreExplained(string file, string message)
    {
        Assert.Equal(message, Assert.Throws<MarkdownImportException>(() => Read(file)).Message);
    }

    public static TheoryData<string, string, string> BadBody() => new()
    {
        { "## 3 · Grow where you are", "## 3 · Grow", "the heading '## 3 · Grow where you are' is missing: every step has its own section, in order, even when nothing was written in it." },
        { "- **Mood:** 2 of 5 (Low)", "- **Mood:** 9 of 5", "line 24: the mood '9 of 5' is not understood; write it as a number from 1 to 5, such as '3 of 5'." },
        { "- **Mood:** 2 of 5 (Low)", "- **Mood:** low", "line 24: the mood 'low' is not understood; write it as a number from 1 to 5, such as '3 of 5'." },
        { "- **Revisit on:** 2025-06-01", "- **Revisit on:** 2025-06-31", "line 101: the date 2025-06-31 is not a valid date; dates are written as year-month-day, such as 2025-03-01." },
        { "follow up 2025-03-08", "follow up 2025-03-08 · Ghosted", "line 32: 'Ghosted' is not one of the details this list shows, or is out of order." },
        { "Hiring manager · No reply", "No reply · Hiring manager", "line 32: 'Hiring manager' is not one of the details this list shows, or is out of order." },
        { "- **Mia Chen (recruiter)** — Hiring manager · No reply", "- **Mia Chen (recruiter)** — Hiring manager", "line 32: say where the request stands: one of To ask, Asked, Received, No reply." },
        { "- **Mia Chen (recruiter)**", "- Mia Chen (recruiter)", "line 32: the item should start with its name or title in bold, such as '- **Mia Chen**'." },
        { "follow up 2025-03-08", "follow up 8 March", "line 32: the date 8 March is not a valid date; dates are written as year-month-day, such as 2025-03-01." },
        { "- More system design depth.", "* More system design depth.", "line 36: expected a list item starting with '- '." },
        { "can do it: 4/5", "can do it: four", "line 46: the rating 'can do it: four' is not understood; write it as a number out of 5, such as 'can do it: 4/5'." },
        { "1. **Practise system design**", "- **Practise system design**", "line 46: expected a numbered list item such as '1. **…**'." },
        { "for: Practise system design", "for: Something else", "line 56: this action is for the change 'Something else', but '2 · Choose what to change' lists no change with that title." },
        { "**Maybe**", "**Perhaps**", "line 74: unknown answer 'Perhaps'; it should be Yes, Maybe or No." },
        { "| Contoso | Senior | Leads a team's projects | Close to my level |", "| Contoso | Senior |", "line 87: each row of the levels table should have four cells: company, title, scope and your read." },
        { "| Company | Title | Scope or expectations | My read |", "| Company | Title |", "line 85: the table should start with the header row '| Company | Title | Scope or expectations | My read |' and a '| --- |' row." },
        { "### Journal\n\nLead the next migration.", "Lead the next migration.", "line 58: expected a list item starting with '- '." },
        { "### 2025-04-01", "### 1 April", "line 113: under '## Revisits' each note starts with its date as a heading, such as '### 2025-04-01'." },
        { "### 2025-04-01", "### 2025-04-31", "line 113: the date 2025-04-31 is not a valid date; dates are written as year-month-day, such as 2025-03-01." },
    };

    [Theory]
    [MemberData(nameof(BadBody))]
    public void BadBodiesAreExplained(string text, string replacement, string message)
    {
        var file = ValidWithTools();
        Assert.Contains(text, file, StringComparison.Ordinal);

        var e = Assert.Throws<MarkdownImportException>(() => Read(file.Replace(text, replacement, StringComparison.Ordinal)));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void DataTheAppWouldNotSaveIsRefused()
    {
        var file = ValidWithTools().Replace("- **Takeaway:** One interview is not a verdict.", "- **Takeaway:** " + new string('x', 300), StringComparison.Ordinal);

        var e = Assert.Throws<MarkdownImportException>(() => Read(file));

        Assert.Equal("line 97: in 'Wrap-up': Keep the takeaway to one line: at most 280 characters.", e.Message);
    }

    private static Rejection Read(string file) => ReflectionMarkdownReader.Read(file, "owner");

    private static Rejection Fixed()
    {
        var rejection = Sample.Finished();
        rejection.ExternalId = new Guid(Id);
        rejection.DecidedOn = new DateOnly(2025, 2, 7);
        return rejection;
    }

    private static string Valid() => ReflectionMarkdown.Write(Fixed(), ExportedAt);

    private static string ValidWithTools()
    {
        var rejection = Fixed();
        foreach (var entry in rejection.Entries.Where(e => e.Step != ReflectionStep.CheckIn))
        {
            entry.Data = SampleTools.Filled(entry.Step).ToJson();
        }

        rejection.Entries.Add(Sample.Revisit("A month on.", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)));
        var file = ReflectionMarkdown.Write(rejection, ExportedAt);
        Assert.Equal(CarriedFields.Describe(rejection), CarriedFields.Describe(Read(file)));
        return file;
    }
}
