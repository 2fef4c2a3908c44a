using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;
using Rejected.Core.Text;

namespace Rejected.Core.Tests.Export;

public sealed class ReflectionMarkdownTests
{
    private static readonly DateTimeOffset ExportedAt = new(2025, 3, 20, 18, 45, 7, TimeSpan.FromHours(2));

    public static TheoryData<string> TrickyValues() => new(
        "Say \"hello\"",
        "It's 'quoted'",
        "Key: value",
        "a: b: c:",
        "# not a comment",
        "value # with comment",
        "---",
        "...",
        "C:\\Users\\me\\",
        "\\n is not a newline",
        "line one\nline two",
        "crlf\r\nline",
        "\ttabbed",
        "- leading dash",
        "* star",
        "&anchor",
        "*alias",
        "!tag",
        "!!str",
        "%YAML 1.2",
        "@handle",
        "`backtick`",
        "| literal",
        "> folded",
        "[a, b]",
        "{a: b}",
        "?",
        "null",
        "~",
        "true",
        "no",
        "0o17",
        "1e3",
        "2025-03-01",
        " leading and trailing spaces ",
        "",
        "<script>alert(1)</script>",
        "a & b < c > d",
        "株式会社テスト",
        "Компания «Ромашка»",
        "Emoji 🎉 party 👩‍💻",
        "Zero\u200Bwidth and\u00A0nbsp",
        "Line\u2028separator",
        "Bell\u0007char");

    [Theory]
    [MemberData(nameof(TrickyValues))]
    public void FrontMatterGivesBackTrickyCompanyAndRoleValuesExactly(string value)
    {
        var rejection = Sample.Rejection(value, value);

        var front = FrontMatter.Split(ReflectionMarkdown.Write(rejection, ExportedAt));

        Assert.Equal(value, front.String("company"));
        Assert.Equal(value, front.String("role"));
    }

    [Theory]
    [MemberData(nameof(TrickyValues))]
    public void FrontMatterGivesBackTrickyLevelTeamAndTagsExactly(string value)
    {
        var rejection = Sample.Rejection();
        rejection.Level = value;
        rejection.Team = value;
        rejection.Tags = [value, "plain"];

        var front = FrontMatter.Split(ReflectionMarkdown.Write(rejection, ExportedAt));

        Assert.Equal(value, front.String("level"));
        Assert.Equal(value, front.String("team"));
        Assert.Equal([value, "plain"], front.List("tags"));
    }

    [Fact]
    public void FrontMatterWritesEmojiAndOtherNonLatinTextAsThemselves()
    {
        var rejection = Sample.Rejection("株式会社テスト 🎉", "Компания 𠮷");
        rejection.Tags = ["👩‍💻"];

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        // A surrogate pair escape (\uD83C\uDF89) is not valid YAML: libyaml-based readers such as Jekyll,
        // Hugo and PyYAML reject the whole front matter.
        Assert.DoesNotMatch(@"\\u[dD][89a-fA-F]", file);
        Assert.Contains("company: \"株式会社テスト 🎉\"\n", file, StringComparison.Ordinal);
        Assert.Contains("role: \"Компания 𠮷\"\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterParsesWithTheDeserializerToo()
    {
        var rejection = Sample.Finished();
        rejection.Company = "Acme: \"Rockets\" # 1";
        rejection.Tags = ["a: b", "- c"];
        var file = ReflectionMarkdown.Write(rejection, ExportedAt);
        var yaml = file[4..file.IndexOf("\n---\n", 3, StringComparison.Ordinal)];

        var values = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml);

        Assert.Equal("Acme: \"Rockets\" # 1", values["company"]);
        Assert.Equal(new object[] { "a: b", "- c" }, Assert.IsType<List<object>>(values["tags"]));
        Assert.Null(values["level"]);
    }

    [Fact]
    public void FrontMatterHasTheFieldsInAFixedOrder()
    {
        var front = FrontMatter.Split(ReflectionMarkdown.Write(Sample.Rejection(), ExportedAt));

        Assert.Equal(
            ["id", "company", "role", "level", "team", "stage", "decided_on", "communication", "tags", "mood_before", "mood_after", "exported_at"],
            front.Keys);
    }

    [Fact]
    public void FrontMatterStartsWithTheReflectionsId()
    {
        var rejection = Sample.Rejection();
        rejection.ExternalId = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.StartsWith("---\nid: 0f8fad5b-d9cb-469f-a165-70867728950e\ncompany: ", file, StringComparison.Ordinal);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", FrontMatter.Split(file).Plain("id"));
    }

    [Fact]
    public void FrontMatterWritesFactsLabelsDateAndMoodsAsPlainValues()
    {
        var rejection = Sample.Finished();
        rejection.Level = "Senior";
        rejection.Team = "Payments";
        rejection.Stage = InterviewStage.OfferOrReferences;
        rejection.DecidedOn = new DateOnly(2025, 2, 7);
        rejection.Communication = DecisionChannel.NeverHeardBack;
        rejection.Tags = ["backend", "remote"];

        var front = FrontMatter.Split(ReflectionMarkdown.Write(rejection, ExportedAt));

        Assert.Equal("Contoso", front.String("company"));
        Assert.Equal("Backend Engineer", front.String("role"));
        Assert.Equal("Senior", front.String("level"));
        Assert.Equal("Payments", front.String("team"));
        Assert.Equal("Offer or reference stage", front.String("stage"));
        Assert.Equal("2025-02-07", front.Plain("decided_on"));
        Assert.Equal("Never heard back", front.String("communication"));
        Assert.Equal(["backend", "remote"], front.List("tags"));
        Assert.Equal("2", front.Plain("mood_before"));
        Assert.Equal("4", front.Plain("mood_after"));
    }

    [Fact]
    public void FrontMatterWritesNullForMissingFactsAndMoods()
    {
        var front = FrontMatter.Split(ReflectionMarkdown.Write(Sample.Rejection(), ExportedAt));

        Assert.Null(front.String("level"));
        Assert.Null(front.String("team"));
        Assert.Null(front.String("stage"));
        Assert.Null(front.Plain("decided_on"));
        Assert.Null(front.String("communication"));
        Assert.Empty(front.List("tags"));
        Assert.Null(front.Plain("mood_before"));
        Assert.Null(front.Plain("mood_after"));
    }

    [Fact]
    public void ExportedAtIsWrittenInUtc()
    {
        var front = FrontMatter.Split(ReflectionMarkdown.Write(Sample.Rejection(), ExportedAt));

        Assert.Equal("2025-03-20T16:45:07Z", front.String("exported_at"));
    }

    [Fact]
    public void TheFileUsesLineFeedsAndEndsWithExactlyOneNewline()
    {
        var rejection = Sample.Finished();
        rejection.Entries[1].Text = "Windows\r\nline endings\r\n\r\n";

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.DoesNotContain('\r', file);
        Assert.EndsWith("\n", file, StringComparison.Ordinal);
        Assert.False(file.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void BodyHasOneTitleAndAHeadingPerStepInStepOrder()
    {
        var body = ParseBody(Sample.Finished());

        var headings = body.Descendants<HeadingBlock>().ToList();

        var title = Assert.Single(headings, h => h.Level == 1);
        Assert.Same(headings[0], title);
        Assert.Equal("Backend Engineer at Contoso", MarkdownInspection.LiteralText(title.Inline));
        Assert.Equal(
            StepGuide.All.Select(g => g.Title),
            headings.Where(h => h.Level == 2).Select(h => MarkdownInspection.LiteralText(h.Inline)));
        Assert.Equal(7, headings.Count);
    }

    [Theory]
    [InlineData("*Senior* _Engineer_", "**Big** Corp")]
    [InlineData("[x](y)", "[click](javascript:alert(1))")]
    [InlineData("# Role #", "## Corp")]
    [InlineData("<script>alert(1)</script>", "<b>Bold</b> &amp; Co")]
    [InlineData("`code` ~~strike~~", "Corp\\")]
    [InlineData("1. Engineer", "- Corp")]
    [InlineData("Role ![img](x.png)", "https://example.com")]
    [InlineData("=====", "---")]
    [InlineData("Engineer | Ops", "Corp > Ltd")]
    [InlineData("Ingénieure", "株式会社テスト")]
    public void TitleIsTheRoleAtTheCompanyAsLiteralTextEvenWithMarkdownSyntax(string role, string company)
    {
        var body = ParseBody(Sample.Rejection(company, role));

        var title = Assert.Single(body.Descendants<HeadingBlock>(), h => h.Level == 1);

        Assert.Equal($"{role} at {company}", MarkdownInspection.LiteralText(title.Inline));
        Assert.Equal(6, body.Descendants<HeadingBlock>().Count(h => h.Level == 2));
    }

    [Fact]
    public void FactsListTheDetailsAsLiteralText()
    {
        var rejection = Sample.Rejection("**Corp**", "[Role](x)");
        rejection.Level = "_L5_";
        rejection.Team = "<i>Team</i>";
        rejection.Stage = InterviewStage.TakeHome;
        rejection.DecidedOn = new DateOnly(2025, 2, 7);
        rejection.Communication = DecisionChannel.VideoCall;
        rejection.Tags = ["a*", "b_"];

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains("- **Company:** \\*\\*Corp\\*\\*\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Role:** \\[Role\\](x)\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Level:** \\_L5\\_\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Team or discipline:** \\<i\\>Team\\</i\\>\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Stage reached:** Take-home\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Decision date:** 7 February 2025\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Heard by:** Video call\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Tags:** a\\*, b\\_\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void JournalTextAppearsAsWritten()
    {
        var rejection = Sample.Finished();
        const string text = "I felt *awful*.\n\n- one\n- two\n\n> quoted: \"yes\"\n\n```csharp\nvar x = 1;\n```\n\nTabs\there & <b>tags</b> — 株式会社 🎉";
        rejection.Entries[2].Text = text;

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains("## 2 · Choose what to change\n\n" + text + "\n\n## 3 · Grow where you are\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void AJournalLineThatReadsAsTheFilesOwnStructureGetsOneMoreLeadingSpace()
    {
        var rejection = Sample.Finished();
        rejection.Entries[1].Text = "## 2 · Choose what to change\n### Journal\n  - **Takeaway:** mine\n*Not written yet.*\n## My own heading";

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);
        var body = Markdown.Parse(FrontMatter.Split(file).Body);

        Assert.Contains(
            "\n\n ## 2 · Choose what to change\n ### Journal\n   - **Takeaway:** mine\n *Not written yet.*\n## My own heading\n\n## 2 · Choose what to change\n",
            file,
            StringComparison.Ordinal);

        // Up to three leading spaces change nothing in a viewer: the user's headings are still headings.
        Assert.Equal(
            ["Check-in", "1 · Ask for feedback", "2 · Choose what to change", "My own heading", "2 · Choose what to change"],
            body.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => MarkdownInspection.LiteralText(h.Inline)).Take(5));
    }

    [Fact]
    public void WrapUpListsMoodTakeawayAndRevisitDate()
    {
        var rejection = Sample.Finished();
        rejection.Entries[5].Takeaway = "Ask *early*";

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains(
            "## Wrap-up\n\n- **Mood after:** 4 of 5 (Steady)\n- **Takeaway:** Ask \\*early\\*\n- **Revisit on:** 2025-06-01\n\nOnwards.\n",
            file,
            StringComparison.Ordinal);
        Assert.Contains("## Check-in\n\n- **Mood:** 2 of 5 (Low)\n\nIt stings.\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedCodeFenceDoesNotSwallowTheFollowingStepHeadings()
    {
        var rejection = Sample.Finished();
        rejection.Entries[0].Text = "Started some code:\n\n```js\nconsole.log('never closed')";
        rejection.Entries[1].Text = "~~~~\nunclosed tildes\n~~~";

        var body = ParseBody(rejection);

        Assert.Equal(
            StepGuide.All.Select(g => g.Title),
            body.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => MarkdownInspection.LiteralText(h.Inline)));
        var fences = body.Descendants<FencedCodeBlock>().ToList();
        Assert.Equal(2, fences.Count);
        Assert.Equal("console.log('never closed')", fences[0].Lines.ToString());
        Assert.Equal("unclosed tildes\n~~~", fences[1].Lines.ToString());
    }

    [Theory]
    [InlineData("Notes\n\n<!-- unclosed comment", "-->")]
    [InlineData("<pre>\nunclosed pre", "</pre>")]
    [InlineData("<script> placement tripped me up", "</script>")]
    [InlineData("<STYLE>\nbody {}", "</style>")]
    [InlineData("<textarea>", "</textarea>")]
    [InlineData("<?php echo 1;", "?>")]
    [InlineData("<![CDATA[ raw", "]]>")]
    [InlineData("<!DOCTYPE html", ">")]
    public void AnUnclosedHtmlBlockDoesNotSwallowTheFollowingStepHeadings(string text, string closing)
    {
        var rejection = Sample.Finished();
        rejection.Entries[1].Text = text;

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);
        var body = Markdown.Parse(FrontMatter.Split(file).Body);

        Assert.Contains(text + "\n" + closing + "\n" + JournalMarkdown.ClosedBlockMarker + "\n\n## 2 · Choose what to change\n", file, StringComparison.Ordinal);
        Assert.Equal(
            StepGuide.All.Select(g => g.Title),
            body.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => MarkdownInspection.LiteralText(h.Inline)));
    }

    [Theory]
    [InlineData("<!-- closed -->")]
    [InlineData("<pre>\ncode\n</pre>")]
    [InlineData("<div>\nblock ends at a blank line")]
    public void AClosedHtmlBlockIsLeftAlone(string text)
    {
        var rejection = Sample.Finished();
        rejection.Entries[1].Text = text;

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains("\n\n" + text + "\n\n## 2 · Choose what to change\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void AClosedCodeFenceIsLeftAlone()
    {
        var rejection = Sample.Finished();
        const string text = "```\ncode\n```";
        rejection.Entries[3].Text = text;

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains("\n\n" + text + "\n\n## 4 · Rethink the role\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void UnwrittenStepsSayTheyAreNotWrittenYet()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Sample.Entry(ReflectionStep.CheckIn, mood: 3),
            Sample.Entry(ReflectionStep.Feedback, "  \n "),
            Sample.Entry(ReflectionStep.Priorities, "Written."),
        ];

        var body = ParseBody(rejection);

        var notWritten = StepGuide.All
            .Where(g => SectionText(body, g.Title).Contains("Not written yet.", StringComparison.Ordinal))
            .Select(g => g.Step);
        Assert.Equal(
            [ReflectionStep.Feedback, ReflectionStep.Experience, ReflectionStep.RoleFit, ReflectionStep.WrapUp],
            notWritten);
    }

    [Fact]
    public void AFinishedReflectionHasNoUnwrittenSteps()
    {
        var file = ReflectionMarkdown.Write(Sample.Finished(), ExportedAt);

        Assert.DoesNotContain("Not written yet", file, StringComparison.Ordinal);
    }

    [Fact]
    public void ToolSectionsAppearInsideTheirOwnStep()
    {
        var rejection = Sample.Finished();
        foreach (var entry in rejection.Entries.Where(e => e.Step != ReflectionStep.CheckIn))
        {
            entry.Data = SampleTools.Filled(entry.Step).ToJson();
        }

        var body = ParseBody(rejection);

        Assert.Empty(SubHeadings(body, ReflectionStep.CheckIn));
        Assert.Equal(["People to ask", "Feedback received", "Journal"], SubHeadings(body, ReflectionStep.Feedback));
        Assert.Equal(["Changes, ranked", "Journal"], SubHeadings(body, ReflectionStep.Priorities));
        Assert.Equal(["Actions at work", "Journal"], SubHeadings(body, ReflectionStep.Experience));
        Assert.Equal(
            [
                "What appealed",
                "What didn't",
                "Is it right for me?",
                "What I want vs. what fits me now",
                "How levels compare",
                "Variations of the role to look at",
                "Journal",
            ],
            SubHeadings(body, ReflectionStep.RoleFit));
        Assert.Equal(["Other groups and disciplines worth a look", "Journal"], SubHeadings(body, ReflectionStep.WrapUp));
    }

    [Fact]
    public void TheToolComesAfterTheStepsFieldsAndTheJournalTextAfterTheTool()
    {
        var rejection = Sample.Finished();
        rejection.Entries[2].Data = SampleTools.Priorities().ToJson();
        rejection.Entries[5].Data = SampleTools.WrapUp().ToJson();

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        // Built with the escaper itself so the test checks the layout, not how much punctuation gets escaped.
        Assert.Contains(
            "## " + MarkdownText.EscapeInline(StepGuide.For(ReflectionStep.Priorities).Title) + "\n\n"
            + "### Changes, ranked\n\n1. **" + MarkdownText.EscapeInline("Practise system design") + "** — "
            + string.Join(" · ", new[] { "Interview answers", "can do it: 4/5", "would matter: 5/5", "decision: now" }.Select(MarkdownText.EscapeInline)) + "\n\n"
            + "### Journal\n\nSystem design first.\n\n"
            + "## " + MarkdownText.EscapeInline(StepGuide.For(ReflectionStep.Experience).Title) + "\n",
            file,
            StringComparison.Ordinal);
        Assert.Contains(
            "- **Revisit on:** 2025-06-01\n\n### Other groups and disciplines worth a look\n\n- " + MarkdownText.EscapeInline("Developer relations") + "\n\n### Journal\n\nOnwards.\n",
            file,
            StringComparison.Ordinal);
    }

    [Fact]
    public void TheActionNamesTheChangeFromTheSameReflection()
    {
        var rejection = Sample.Finished();
        rejection.Entries[2].Data = SampleTools.Priorities().ToJson();
        rejection.Entries[3].Data = SampleTools.Experience().ToJson();

        var body = ParseBody(rejection);

        Assert.Contains("for: Practise system design", SectionText(body, StepGuide.For(ReflectionStep.Experience).Title, untilLevel: 2), StringComparison.Ordinal);
    }

    [Fact]
    public void TheJournalHeadingOnlyAppearsWhenAStepHasBothToolAndText()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            SampleTools.Entry(SampleTools.Feedback(), "Both."),
            SampleTools.Entry(SampleTools.Priorities()),
            Sample.Entry(ReflectionStep.Experience, "Text only."),
            SampleTools.Entry(SampleTools.RoleFit(), " \n "),
        ];

        var body = ParseBody(rejection);

        Assert.Contains("Journal", SubHeadings(body, ReflectionStep.Feedback));
        Assert.DoesNotContain("Journal", SubHeadings(body, ReflectionStep.Priorities));
        Assert.Empty(SubHeadings(body, ReflectionStep.Experience));
        Assert.DoesNotContain("Journal", SubHeadings(body, ReflectionStep.RoleFit));
        Assert.Single(body.Descendants<HeadingBlock>(), h => h.Level == 3 && MarkdownInspection.LiteralText(h.Inline) == "Journal");
        Assert.Contains("Both.", SectionText(body, "Journal"), StringComparison.Ordinal);
    }

    [Fact]
    public void AStepWithOnlyToolDataIsNotReportedAsUnwritten()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            SampleTools.Entry(SampleTools.Feedback()),
            SampleTools.Entry(SampleTools.Priorities()),
            SampleTools.Entry(SampleTools.Experience()),
            SampleTools.Entry(SampleTools.RoleFit()),
        ];

        var body = ParseBody(rejection);

        foreach (var step in new[] { ReflectionStep.Feedback, ReflectionStep.Priorities, ReflectionStep.Experience, ReflectionStep.RoleFit })
        {
            Assert.DoesNotContain("Not written yet.", SectionText(body, StepGuide.For(step).Title, untilLevel: 2), StringComparison.Ordinal);
        }

        Assert.Contains("Not written yet.", SectionText(body, StepGuide.For(ReflectionStep.CheckIn).Title), StringComparison.Ordinal);
        Assert.Contains("Not written yet.", SectionText(body, StepGuide.For(ReflectionStep.WrapUp).Title), StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterStillParsesWithToolData()
    {
        var rejection = Sample.Finished();
        rejection.Company = "Acme: \"Rockets\" # 1";
        foreach (var entry in rejection.Entries.Where(e => e.Step != ReflectionStep.CheckIn))
        {
            entry.Data = SampleTools.Filled(entry.Step).ToJson();
        }

        var front = FrontMatter.Split(ReflectionMarkdown.Write(rejection, ExportedAt));

        Assert.Equal("Acme: \"Rockets\" # 1", front.String("company"));
        Assert.Equal("2", front.Plain("mood_before"));
        Assert.Equal("4", front.Plain("mood_after"));
        Assert.Equal(12, front.Keys.Count());
    }

    [Fact]
    public void HostileToolValuesDoNotBreakTheStepStructure()
    {
        var rejection = Sample.Finished();
        const string hostile = "## 3 · Grow where you are\n```\n<script>alert(1)</script>";
        rejection.Entries[1].Data = new FeedbackData { Received = [new FeedbackItem { Said = hostile, From = "# x" }] }.ToJson();
        rejection.Entries[4].Data = new RoleFitData { VerdictWhy = hostile, Levels = [new LevelComparison { Company = hostile }] }.ToJson();

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);
        var body = Markdown.Parse(FrontMatter.Split(file).Body);

        Assert.Equal(
            StepGuide.All.Select(g => g.Title),
            body.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => MarkdownInspection.LiteralText(h.Inline)));
        Assert.Empty(body.Descendants<FencedCodeBlock>());
        Assert.Empty(body.Descendants<HtmlBlock>());
        Assert.DoesNotContain("<script", SafeMarkdown.ToHtml(file), StringComparison.OrdinalIgnoreCase);
    }

    private static MarkdownDocument ParseBody(Rejection rejection) =>
        Markdown.Parse(FrontMatter.Split(ReflectionMarkdown.Write(rejection, ExportedAt)).Body);

    /// <summary>
    /// The plain text of the blocks between the heading with this title and the next heading; with
    /// <paramref name="untilLevel"/> 2, up to the next step's heading, taking in the step's own subheadings.
    /// </summary>
    private static string SectionText(MarkdownDocument body, string title, int untilLevel = 6)
    {
        var leaves = Section(body, title, untilLevel)
            .SelectMany(b => b is ContainerBlock container ? container.Descendants<LeafBlock>() : [(LeafBlock)b]);
        return string.Join(
            "\n",
            leaves.Select(leaf => string.Concat(leaf.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? [])));
    }

    private static IEnumerable<Block> Section(MarkdownDocument body, string title, int untilLevel)
    {
        var blocks = body.ToList();
        var start = blocks.FindIndex(b => b is HeadingBlock h && MarkdownInspection.LiteralText(h.Inline) == title);
        Assert.True(start >= 0, $"No heading '{title}'.");
        return blocks.Skip(start + 1).TakeWhile(b => b is not HeadingBlock h || h.Level > untilLevel);
    }

    /// <summary>The titles of the level-3 headings between a step's heading and the next step's.</summary>
    private static List<string> SubHeadings(MarkdownDocument body, ReflectionStep step) =>
        Section(body, StepGuide.For(step).Title, untilLevel: 2)
            .OfType<HeadingBlock>()
            .Select(h =>
            {
                Assert.Equal(3, h.Level);
                return MarkdownInspection.LiteralText(h.Inline);
            })
            .ToList();

    [Fact]
    public void AWrapUpWithOnlyItsListDoesNotSayNotWrittenYet()
    {
        var rejection = Sample.Rejection();
        var entry = Sample.Entry(ReflectionStep.WrapUp);
        entry.Data = SampleTools.WrapUp().ToJson();
        rejection.Entries.Add(entry);

        var wrapUp = ReflectionMarkdown.Write(rejection, ExportedAt).Split("## Wrap-up\n\n")[1];

        Assert.StartsWith("### Other groups and disciplines worth a look", wrapUp, StringComparison.Ordinal);
        Assert.DoesNotContain("Not written yet", wrapUp, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepWhoseToolHoldsOnlyBlankItemsSaysNotWrittenYet()
    {
        var rejection = Sample.Rejection();
        var entry = Sample.Entry(ReflectionStep.Priorities);
        entry.Data = new PrioritiesData { Changes = [new CandidateChange { Title = "  " }] }.ToJson();
        rejection.Entries.Add(entry);

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains("## 2 · Choose what to change\n\n*Not written yet.*\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void RevisitNotesFollowTheStepsUnderDatedHeadingsOldestFirst()
    {
        var rejection = Sample.Finished();
        rejection.Entries.AddRange(
        [
            Sample.Revisit("Second look.", new DateTimeOffset(2025, 5, 2, 12, 0, 0, TimeSpan.Zero), id: 7),
            Sample.Revisit("First look.", new DateTimeOffset(2025, 4, 1, 12, 0, 0, TimeSpan.Zero), id: 9),
        ]);

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.EndsWith(
            "\n\nOnwards.\n\n## Revisits\n\n### 2025-04-01\n\nFirst look.\n\n### 2025-05-02\n\nSecond look.\n",
            file,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RevisitsAreALevelTwoSectionAfterTheStepsWithALevelThreeHeadingPerNote()
    {
        var rejection = Sample.Finished();
        rejection.Entries.AddRange(
        [
            Sample.Revisit("A month on.", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), id: 1),
            Sample.Revisit("Two months on.", new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero), id: 2),
        ]);

        var body = ParseBody(rejection);

        Assert.Equal(
            StepGuide.All.Select(g => g.Title).Append("Revisits"),
            body.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => MarkdownInspection.LiteralText(h.Inline)));
        Assert.Equal(
            ["2025-04-01", "2025-05-01"],
            Section(body, "Revisits", untilLevel: 2).OfType<HeadingBlock>().Select(h =>
            {
                Assert.Equal(3, h.Level);
                return MarkdownInspection.LiteralText(h.Inline);
            }));
        Assert.Equal("A month on.", SectionText(body, "2025-04-01"));
        Assert.Equal("Two months on.", SectionText(body, "2025-05-01"));
    }

    [Fact]
    public void BlankRevisitNotesAreLeftOut()
    {
        var rejection = Sample.Finished();
        rejection.Entries.AddRange(
        [
            Sample.Revisit("", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), id: 1),
            Sample.Revisit("Kept.", new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero), id: 2),
            Sample.Revisit(" \r\n\t ", new DateTimeOffset(2025, 4, 3, 9, 0, 0, TimeSpan.Zero), id: 3),
        ]);

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.EndsWith("## Revisits\n\n### 2025-04-02\n\nKept.\n", file, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-04-01", file, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-04-03", file, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRevisitsSectionWhenEveryNoteIsBlank()
    {
        var rejection = Sample.Finished();
        var withoutNotes = Sample.Finished();
        withoutNotes.ExternalId = rejection.ExternalId;
        rejection.Entries.Add(Sample.Revisit("  \n ", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)));

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.DoesNotContain("Revisits", file, StringComparison.Ordinal);
        Assert.Equal(ReflectionMarkdown.Write(withoutNotes, ExportedAt), file);
    }

    [Fact]
    public void NoRevisitsSectionWithoutNotes()
    {
        Assert.DoesNotContain("## Revisits", ReflectionMarkdown.Write(Sample.Finished(), ExportedAt), StringComparison.Ordinal);
    }

    [Fact]
    public void ARevisitHeadingIsTheUtcDaySoTheFileDoesNotDependOnTheServersTimeZone()
    {
        var rejection = Sample.Finished();
        rejection.Entries.Add(Sample.Revisit("Late at night.", new DateTimeOffset(2025, 4, 1, 23, 30, 0, TimeSpan.FromHours(-5))));

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains("### 2025-04-02\n\nLate at night.\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void RevisitNoteLineEndingsAreNormalized()
    {
        var rejection = Sample.Finished();
        rejection.Entries.Add(Sample.Revisit("\r\nOne.\r\nTwo.\r\n\r\n", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)));

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.EndsWith("### 2025-04-01\n\nOne.\nTwo.\n", file, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", file, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterStillParsesWithRevisitNotes()
    {
        var rejection = Sample.Finished();
        rejection.Entries.Add(Sample.Revisit("---\ncompany: \"Not this\"\n---", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)));

        var front = FrontMatter.Split(ReflectionMarkdown.Write(rejection, ExportedAt));

        Assert.Equal("Contoso", front.String("company"));
        Assert.Equal("2", front.Plain("mood_before"));
        Assert.Equal("4", front.Plain("mood_after"));
        Assert.Equal(12, front.Keys.Count());
        Assert.Contains("## Revisits", front.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedCodeFenceInARevisitNoteDoesNotSwallowTheNextNote()
    {
        var rejection = Sample.Finished();
        rejection.Entries[5].Text = "Closing with code:\n\n```\nstill open";
        rejection.Entries.AddRange(
        [
            Sample.Revisit("```js\nconsole.log('never closed')", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), id: 1),
            Sample.Revisit("~~~~\nunclosed tildes\n~~~", new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero), id: 2),
            Sample.Revisit("<!-- unclosed comment", new DateTimeOffset(2025, 4, 3, 9, 0, 0, TimeSpan.Zero), id: 3),
            Sample.Revisit("Last note.", new DateTimeOffset(2025, 4, 4, 9, 0, 0, TimeSpan.Zero), id: 4),
        ]);

        var body = ParseBody(rejection);

        Assert.Equal(
            StepGuide.All.Select(g => g.Title).Append("Revisits"),
            body.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => MarkdownInspection.LiteralText(h.Inline)));
        Assert.Equal(
            ["2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04"],
            body.Descendants<HeadingBlock>().Where(h => h.Level == 3).Select(h => MarkdownInspection.LiteralText(h.Inline)));
        Assert.Equal(
            ["still open", "console.log('never closed')", "unclosed tildes\n~~~"],
            body.Descendants<FencedCodeBlock>().Select(f => f.Lines.ToString()));
        Assert.Equal("Last note.", SectionText(body, "2025-04-04"));
    }
}
