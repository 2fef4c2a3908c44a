using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Core.Tests.Support;

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
            ["company", "role", "level", "team", "stage", "decided_on", "communication", "tags", "mood_before", "mood_after", "exported_at"],
            front.Keys);
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
        Assert.Contains("- **Role:** \\[Role\\]\\(x\\)\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Level:** \\_L5\\_\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Team or discipline:** \\<i\\>Team\\<\\/i\\>\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Stage reached:** Take\\-home\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Decision date:** 7 February 2025\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Heard by:** Video call\n", file, StringComparison.Ordinal);
        Assert.Contains("- **Tags:** a\\*\\, b\\_\n", file, StringComparison.Ordinal);
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
    public void WrapUpListsMoodTakeawayAndRevisitDate()
    {
        var rejection = Sample.Finished();
        rejection.Entries[5].Takeaway = "Ask *early*";

        var file = ReflectionMarkdown.Write(rejection, ExportedAt);

        Assert.Contains(
            "## Wrap\\-up\n\n- **Mood after:** 4 of 5 (Steady)\n- **Takeaway:** Ask \\*early\\*\n- **Revisit on:** 2025-06-01\n\nOnwards.\n",
            file,
            StringComparison.Ordinal);
        Assert.Contains("## Check\\-in\n\n- **Mood:** 2 of 5 (Low)\n\nIt stings.\n", file, StringComparison.Ordinal);
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

        Assert.Contains(text + "\n" + closing + "\n\n## 2 · Choose what to change\n", file, StringComparison.Ordinal);
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

    private static MarkdownDocument ParseBody(Rejection rejection) =>
        Markdown.Parse(FrontMatter.Split(ReflectionMarkdown.Write(rejection, ExportedAt)).Body);

    /// <summary>The plain text of the blocks between the level-2 heading with this title and the next heading.</summary>
    private static string SectionText(MarkdownDocument body, string title)
    {
        var blocks = body.ToList();
        var start = blocks.FindIndex(b => b is HeadingBlock { Level: 2 } h && MarkdownInspection.LiteralText(h.Inline) == title);
        Assert.True(start >= 0, $"No heading '{title}'.");
        var section = blocks.Skip(start + 1).TakeWhile(b => b is not HeadingBlock);
        return string.Join(
            "\n",
            section.OfType<LeafBlock>().SelectMany(b => b.Inline?.Descendants<LiteralInline>() ?? []).Select(l => l.Content.ToString()));
    }
}
