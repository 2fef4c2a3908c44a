using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;
using Rejected.Core.Text;

namespace Rejected.Core.Tests.Export;

public sealed class ToolMarkdownTests
{
    private static readonly MarkdownPipeline Tables = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static TheoryData<string> HostileValues() => new(
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "<img src=x onerror=alert(1)>",
        "# heading",
        "## heading ##",
        "1. item",
        "1) item",
        "- item",
        "+ item",
        "* item",
        "> quote",
        "`code` and ``more``",
        "```js",
        "~~~",
        "**bold** _em_",
        "---",
        "===",
        "| a | b |",
        "&amp; &#x3C;",
        "https://example.com",
        "trailing backslash \\",
        "[ ] task");

    [Fact]
    public void NothingToShowGivesAnEmptyString()
    {
        Assert.Equal("", ToolMarkdown.Write(null, Sample.Rejection()));
        foreach (var step in StepGuide.All.Select(g => g.Step).Where(s => s != ReflectionStep.CheckIn))
        {
            Assert.Equal("", ToolMarkdown.Write(StepData.Create(step), Sample.Rejection()));
        }
    }

    [Fact]
    public void ToolsWithOnlyBlankItemsGiveAnEmptyString()
    {
        var rejection = Sample.Rejection();

        Assert.Equal("", ToolMarkdown.Write(new FeedbackData { People = [new() { Name = " " }], Received = [new() { Said = "\n", From = "Ana" }] }, rejection));
        Assert.Equal("", ToolMarkdown.Write(new PrioritiesData { Changes = [new() { Title = "  ", Impact = 5 }] }, rejection));
        Assert.Equal("", ToolMarkdown.Write(new ExperienceData { Actions = [new() { What = "", Notes = "notes" }] }, rejection));
        Assert.Equal("", ToolMarkdown.Write(new RoleFitData { Appealed = [new()], Levels = [new() { Company = " " }], Variations = [new()] }, rejection));
        Assert.Equal("", ToolMarkdown.Write(new WrapUpData { OtherGroups = [new() { Text = "\t" }] }, rejection));
    }

    [Theory]
    [InlineData(ReflectionStep.Feedback, new[] { "People to ask", "Feedback received" })]
    [InlineData(ReflectionStep.Priorities, new[] { "Changes, ranked" })]
    [InlineData(ReflectionStep.Experience, new[] { "Actions at work" })]
    [InlineData(
        ReflectionStep.RoleFit,
        new[]
        {
            "What appealed",
            "What didn't",
            "Is it right for me?",
            "What I want vs. what fits me now",
            "How levels compare",
            "Variations of the role to look at",
        })]
    [InlineData(ReflectionStep.WrapUp, new[] { "Other groups and disciplines worth a look" })]
    public void EachToolWritesItsSectionsAsLevelThreeHeadingsInOrder(ReflectionStep step, string[] headings)
    {
        var markdown = ToolMarkdown.Write(SampleTools.Filled(step), Sample.Rejection());

        var document = Markdown.Parse(markdown, Tables);

        Assert.All(document.Descendants<HeadingBlock>(), h => Assert.Equal(3, h.Level));
        Assert.Equal(headings, document.Descendants<HeadingBlock>().Select(h => MarkdownInspection.LiteralText(h.Inline)));
        Assert.StartsWith("### ", markdown, StringComparison.Ordinal);
        Assert.False(markdown.EndsWith('\n'));
    }

    [Fact]
    public void PeopleAndFeedbackAreListedWithTheirDetails()
    {
        var data = SampleTools.Feedback();
        data.People.Add(new FeedbackContact { Relationship = Relationship.Mentor });

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()));

        Assert.Equal(
            [
                "**Mia Chen (recruiter)** — Hiring manager · No reply · asked 2025-03-01 · follow up 2025-03-08",
                "**Someone** — Mentor · To ask",
            ],
            Items(document, "People to ask"));
        Assert.Equal(
            ["More system design depth. — from Panel · Ability to do the job · I agree: partly"],
            Items(document, "Feedback received"));
    }

    [Fact]
    public void FeedbackWithoutWhoItIsFromLeavesThatOut()
    {
        var data = new FeedbackData { Received = [new FeedbackItem { Said = "Too quiet", From = " " }] };

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()));

        Assert.Equal(["Too quiet"], Items(document, "Feedback received"));
    }

    [Fact]
    public void ChangesAreNumberedInRankingOrder()
    {
        var data = new PrioritiesData
        {
            Changes =
            [
                new CandidateChange { Title = "Dropped", Feasibility = 5, Impact = 5, Decision = ChangeDecision.Drop },
                new CandidateChange { Title = "Undecided" },
                new CandidateChange { Title = "  " },
                new CandidateChange { Title = "Later, small", Feasibility = 1, Impact = 2, Decision = ChangeDecision.Later },
                new CandidateChange { Title = "Now", Feasibility = 2, Impact = 2, Decision = ChangeDecision.Now, Kind = ChangeKind.Skill },
                new CandidateChange { Title = "Later, big", Feasibility = 3, Impact = 4, Decision = ChangeDecision.Later },
            ],
        };

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()));

        var list = Assert.IsType<ListBlock>(After(document, "Changes, ranked"));
        Assert.True(list.IsOrdered);
        Assert.Equal([1, 2, 3, 4, 5], list.Cast<ListItemBlock>().Select(i => i.Order));
        var expectedOrder = PriorityRanking.Rank(data.Changes.Where(c => !string.IsNullOrWhiteSpace(c.Title))).Select(c => c.Title);
        Assert.Equal(expectedOrder, Items(document, "Changes, ranked").Select(i => i[2..i.IndexOf("**", 2, StringComparison.Ordinal)]));
        Assert.Equal(
            [
                "**Now** — Skill · can do it: 2/5 · would matter: 2/5 · decision: now",
                "**Later, big** — can do it: 3/5 · would matter: 4/5 · decision: later",
                "**Later, small** — can do it: 1/5 · would matter: 2/5 · decision: later",
                "**Undecided** — not decided",
                "**Dropped** — can do it: 5/5 · would matter: 5/5 · decision: drop",
            ],
            Items(document, "Changes, ranked"));
    }

    [Fact]
    public void AnActionShowsTheTitleOfTheChangeItServes()
    {
        var rejection = Sample.Rejection();
        rejection.Entries = [SampleTools.Entry(SampleTools.Priorities())];

        var document = Markdown.Parse(ToolMarkdown.Write(SampleTools.Experience(), rejection));

        Assert.Equal(
            [
                "**Lead the queue migration** — In progress · for: Practise system design · Own something from start to release"
                + " · talk to: My manager · by 2025-05-30 · notes: Start with the design doc.",
            ],
            Items(document, "Actions at work"));
    }

    [Fact]
    public void AnActionLinkedToNoKnownChangeLeavesTheLinkOut()
    {
        var rejection = Sample.Rejection();
        var priorities = new PrioritiesData { Changes = [new CandidateChange { Id = SampleTools.ChangeId, Title = " " }] };
        rejection.Entries = [SampleTools.Entry(priorities)];
        var data = new ExperienceData
        {
            Actions =
            [
                new GrowthAction { What = "Blank change", ChangeId = SampleTools.ChangeId },
                new GrowthAction { What = "Deleted change", ChangeId = Guid.NewGuid() },
                new GrowthAction { What = "No change" },
            ],
        };

        var markdown = ToolMarkdown.Write(data, rejection);

        Assert.DoesNotContain("for:", markdown, StringComparison.Ordinal);
        Assert.Equal(
            ["**Blank change** — Planned", "**Deleted change** — Planned", "**No change** — Planned"],
            Items(Markdown.Parse(markdown), "Actions at work"));
    }

    [Fact]
    public void RoleFitWritesListsVerdictNotesTableAndVariations()
    {
        var markdown = ToolMarkdown.Write(SampleTools.RoleFit(), Sample.Rejection());
        var document = Markdown.Parse(markdown, Tables);

        Assert.Equal(["The product"], Items(document, "What appealed"));
        Assert.Equal(["On-call every week"], Items(document, "What didn't"));
        var verdict = document.SkipWhile(b => b is not HeadingBlock h || MarkdownInspection.LiteralText(h.Inline) != "Is it right for me?").Skip(1).Take(2).ToList();
        Assert.Equal(
            ["**Maybe**", "I like the work.\nNot the pace."],
            verdict.Select(b => MarkdownInspection.StrongAndLiteralText(Assert.IsType<ParagraphBlock>(b).Inline)));
        Assert.Equal(
            "I want staff scope; senior fits now.",
            MarkdownInspection.LiteralText(Assert.IsType<ParagraphBlock>(After(document, "What I want vs. what fits me now")).Inline));
        Assert.Equal(["**Fabrikam** — Platform team"], Items(document, "Variations of the role to look at"));
        Assert.Equal(
            [
                ["Company", "Title", "Scope or expectations", "My read"],
                ["Contoso", "Senior", "Leads a team's projects", "Close to my level"],
            ],
            Cells(document));
    }

    [Fact]
    public void AVerdictAloneOrReasonsAloneStillGetTheirHeading()
    {
        var verdictOnly = ToolMarkdown.Write(new RoleFitData { Verdict = FitVerdict.No }, Sample.Rejection());
        var reasonsOnly = ToolMarkdown.Write(new RoleFitData { VerdictWhy = "Too much travel." }, Sample.Rejection());

        Assert.Equal("### Is it right for me?\n\n**No**", verdictOnly);
        Assert.Equal("### Is it right for me?\n\n" + MarkdownText.EscapeBlock("Too much travel."), reasonsOnly);
    }

    [Theory]
    [InlineData("Staff | Principal")]
    [InlineData("a|b|c")]
    [InlineData("|")]
    [InlineData("*Senior* **Lead** _L5_")]
    [InlineData("Line one\nline two")]
    [InlineData("`code` \\| <b>x</b>")]
    [InlineData("- item")]
    [InlineData("# heading")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("--- | ---")]
    public void LevelCellsReadBackAsTheUsersValue(string value)
    {
        var data = new RoleFitData
        {
            Levels =
            [
                new LevelComparison { Company = value, Title = "T", Scope = value, YourRead = value },
                new LevelComparison { Company = "", Title = value },
            ],
        };

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()), Tables);

        var expected = value;
        Assert.Equal(
            [
                ["Company", "Title", "Scope or expectations", "My read"],
                [expected, "T", expected, expected],
                ["", expected, "", ""],
            ],
            Cells(document));
    }

    [Fact]
    public void BlankItemsAreSkipped()
    {
        var data = new RoleFitData
        {
            Appealed = [new TextItem { Text = " " }, new TextItem { Text = " Kept " }, new TextItem()],
            Levels = [new LevelComparison(), new LevelComparison { YourRead = "Only my read" }],
            Variations = [new RoleVariation { Company = " ", TeamOrRole = "\n" }, new RoleVariation { TeamOrRole = "Infra" }],
        };

        var markdown = ToolMarkdown.Write(data, Sample.Rejection());
        var document = Markdown.Parse(markdown, Tables);

        Assert.Equal(["Kept"], Items(document, "What appealed"));
        Assert.Equal(["**Somewhere** — Infra"], Items(document, "Variations of the role to look at"));
        Assert.Equal(2, Cells(document).Count);
        Assert.DoesNotContain("What didn't", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Is it right for me?", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("What I want", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WrapUpListsTheOtherGroups()
    {
        var data = new WrapUpData { OtherGroups = [new TextItem { Text = "Developer relations" }, new TextItem { Text = "Solutions engineering" }] };

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()));

        Assert.Equal(["Developer relations", "Solutions engineering"], Items(document, "Other groups and disciplines worth a look"));
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void HostileValuesInListsComeBackAsLiteralText(string value)
    {
        var rejection = Sample.Rejection();
        var change = new CandidateChange { Title = value, Decision = ChangeDecision.Now };
        rejection.Entries = [SampleTools.Entry(new PrioritiesData { Changes = [change] })];
        var trimmed = value.Trim();

        var feedback = Markdown.Parse(ToolMarkdown.Write(
            new FeedbackData
            {
                People = [new FeedbackContact { Name = value }],
                Received = [new FeedbackItem { Said = value, From = value }],
            },
            rejection));
        var priorities = Markdown.Parse(ToolMarkdown.Write(rejection.Entries[0].ReadData<PrioritiesData>(), rejection));
        var experience = Markdown.Parse(ToolMarkdown.Write(
            new ExperienceData { Actions = [new GrowthAction { What = value, ChangeId = change.Id, WhoToTalkTo = value, Notes = value }] },
            rejection));
        var roleFit = Markdown.Parse(ToolMarkdown.Write(
            new RoleFitData
            {
                Appealed = [new TextItem { Text = value }],
                DidNotAppeal = [new TextItem { Text = value }],
                Variations = [new RoleVariation { Company = value, TeamOrRole = value }],
            },
            rejection));
        var wrapUp = Markdown.Parse(ToolMarkdown.Write(new WrapUpData { OtherGroups = [new TextItem { Text = value }] }, rejection));

        Assert.Equal([$"**{trimmed}** — To ask"], Items(feedback, "People to ask"));
        Assert.Equal([$"{trimmed} — from {trimmed}"], Items(feedback, "Feedback received"));
        Assert.Equal([$"**{trimmed}** — decision: now"], Items(priorities, "Changes, ranked"));
        Assert.Equal([$"**{trimmed}** — Planned · for: {trimmed} · talk to: {trimmed} · notes: {trimmed}"], Items(experience, "Actions at work"));
        Assert.Equal([trimmed], Items(roleFit, "What appealed"));
        Assert.Equal([trimmed], Items(roleFit, "What didn't"));
        Assert.Equal([$"**{trimmed}** — {trimmed}"], Items(roleFit, "Variations of the role to look at"));
        Assert.Equal([trimmed], Items(wrapUp, "Other groups and disciplines worth a look"));
        Assert.All(new[] { feedback, priorities, experience, roleFit, wrapUp }, OnlyExpectedBlocks);
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void HostileValuesInNotesComeBackAsLiteralParagraphs(string value)
    {
        var data = new RoleFitData
        {
            Verdict = FitVerdict.Yes,
            VerdictWhy = value + "\n" + value + "\n\n" + value,
            WantVsFit = value,
        };

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()), Tables);

        var paragraphs = document.OfType<ParagraphBlock>().Select(p => MarkdownInspection.StrongAndLiteralText(p.Inline)).ToList();
        var trimmed = value.Trim();
        Assert.Equal(["**Yes**", trimmed + "\n" + trimmed, trimmed, trimmed], paragraphs);
        Assert.Equal(["Is it right for me?", "What I want vs. what fits me now"], document.OfType<HeadingBlock>().Select(h => MarkdownInspection.LiteralText(h.Inline)));
        OnlyExpectedBlocks(document);
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void HostileValuesNeverBecomeHtmlOnThePage(string value)
    {
        var rejection = Sample.Rejection();
        rejection.Entries = [SampleTools.Entry(new PrioritiesData { Changes = [new CandidateChange { Id = SampleTools.ChangeId, Title = value }] })];
        var tools = new StepData[]
        {
            new FeedbackData { People = [new() { Name = value }], Received = [new() { Said = value, From = value }] },
            rejection.Entries[0].ReadData<PrioritiesData>(),
            new ExperienceData { Actions = [new() { What = value, ChangeId = SampleTools.ChangeId, Notes = value }] },
            new RoleFitData
            {
                Appealed = [new() { Text = value }],
                VerdictWhy = value,
                WantVsFit = value,
                Levels = [new() { Company = value, Title = value, Scope = value, YourRead = value }],
                Variations = [new() { Company = value, TeamOrRole = value }],
            },
            new WrapUpData { OtherGroups = [new() { Text = value }] },
        };

        foreach (var tool in tools)
        {
            var html = SafeMarkdown.ToHtml(ToolMarkdown.Write(tool, rejection));

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<code", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<em", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<blockquote", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<hr", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<h1", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<h2", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("type=\"checkbox\"", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void ValuesWithLineBreaksStayOnTheirListItem()
    {
        var data = new WrapUpData { OtherGroups = [new TextItem { Text = "Platform\n# Not a heading\r\n- not an item" }] };

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()));

        Assert.Equal(["Platform\n# Not a heading\n- not an item"], Items(document, "Other groups and disciplines worth a look"));
        Assert.Single(document.Descendants<HeadingBlock>());
    }

    [Fact]
    public void DatesAreWrittenTheSameInEveryCulture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var document = Markdown.Parse(ToolMarkdown.Write(SampleTools.Feedback(), Sample.Rejection()));

            Assert.EndsWith("asked 2025-03-01 · follow up 2025-03-08", Items(document, "People to ask")[0], StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    /// <summary>The block right after the level-3 heading with this title.</summary>
    private static Block After(MarkdownDocument document, string heading)
    {
        var blocks = document.ToList();
        var index = blocks.FindIndex(b => b is HeadingBlock h && MarkdownInspection.LiteralText(h.Inline) == heading);
        Assert.True(index >= 0, $"No heading '{heading}'.");
        Assert.True(index + 1 < blocks.Count, $"Nothing after '{heading}'.");
        return blocks[index + 1];
    }

    /// <summary>The text of each item of the list under a heading; an item must be a single paragraph of plain or strong text.</summary>
    private static List<string> Items(MarkdownDocument document, string heading)
    {
        var list = Assert.IsType<ListBlock>(After(document, heading));
        return list.Select(item =>
        {
            var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Assert.IsType<ListItemBlock>(item)));
            return MarkdownInspection.StrongAndLiteralText(paragraph.Inline);
        }).ToList();
    }

    private static List<List<string>> Cells(MarkdownDocument document)
    {
        var table = Assert.Single(document.Descendants<Table>());
        return table.Cast<TableRow>()
            .Select(row => row.Cast<TableCell>()
                .Select(cell => cell.OfType<ParagraphBlock>().SingleOrDefault()?.Inline is { } inline ? CellText(inline) : "")
                .ToList())
            .ToList();
    }

    // Literal text, where a line break (which a cell cannot hold) is written as the character reference &#10;.
    private static string CellText(ContainerInline inline) => string.Concat(inline.Select(child => child switch
    {
        HtmlEntityInline { Transcoded: var transcoded } when transcoded.ToString() == "\n" => "\n",
        LiteralInline literal => literal.Content.ToString(),
        _ => throw new InvalidOperationException($"Expected only literal text but found {child.GetType().Name}."),
    }));

    /// <summary>Fails on any block the user's text could have created: headings beyond level 3, nested lists, code, quotes, HTML, rules.</summary>
    private static void OnlyExpectedBlocks(MarkdownDocument document)
    {
        Assert.All(document.Descendants<Block>(), block =>
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Assert.Equal(3, heading.Level);
                    break;
                case ListBlock list:
                    Assert.IsType<MarkdownDocument>(list.Parent);
                    break;
                case MarkdownDocument or ListItemBlock or ParagraphBlock or Table or TableRow or TableCell:
                    break;
                default:
                    Assert.Fail($"Unexpected {block.GetType().Name}.");
                    break;
            }
        });
        Assert.DoesNotContain(document.Descendants<Inline>(), i => i is LinkInline or AutolinkInline or HtmlInline or CodeInline or HtmlEntityInline);
    }

    [Fact]
    public void ANameOfOnlyControlCharactersIsKeptAsCharacterReferencesInsteadOfBecomingARule()
    {
        var data = new FeedbackData { People = [new FeedbackContact { Name = "\u0007\u001B", Relationship = Relationship.Peer }] };

        var markdown = ToolMarkdown.Write(data, Sample.Rejection());

        Assert.Contains("- **&#7;&#27;** — Peer", markdown, StringComparison.Ordinal);
        Assert.Empty(Markdown.Parse(markdown).Descendants<ThematicBreakBlock>());
    }

    [Fact]
    public void AValueThatReadsLikeThePlaceholderForAMissingOneIsWrittenApart()
    {
        var data = new FeedbackData { People = [new FeedbackContact { Name = "Someone" }, new FeedbackContact { Relationship = Relationship.Peer }] };

        var document = Markdown.Parse(ToolMarkdown.Write(data, Sample.Rejection()));

        // The first letter is a character reference: it looks the same, but the reader can tell it from the placeholder.
        var items = Assert.IsType<ListBlock>(After(document, "People to ask")).Cast<ListItemBlock>().ToList();
        Assert.Contains(items[0].Descendants<HtmlEntityInline>(), e => e.Transcoded.ToString() == "S");
        Assert.Equal("**Someone** — Peer · To ask", MarkdownInspection.StrongAndLiteralText(((ParagraphBlock)items[1][0]).Inline));
    }

    [Fact]
    public void DashesAndDotsOfTheUsersOwnDoNotReadAsTheDetailSeparators()
    {
        var data = new FeedbackData { Received = [new FeedbackItem { Said = "Kind — but firm · honest", From = "— Ann · Lee" }] };

        var markdown = ToolMarkdown.Write(data, Sample.Rejection());

        Assert.Equal(
            "### Feedback received\n\n- Kind &mdash; but firm &middot; honest — from &mdash; Ann &middot; Lee",
            markdown);
        Assert.Equal("Kind — but firm · honest — from — Ann · Lee", SafeMarkdownText(markdown));
    }

    [Fact]
    public void ValuesKeepTheirLineBreaksTabsAndInnerIndentation()
    {
        var data = new WrapUpData { OtherGroups = [new TextItem { Text = "  First\n\tindented\n\n  last\tword  " }] };

        var markdown = ToolMarkdown.Write(data, Sample.Rejection());

        Assert.Equal("### Other groups and disciplines worth a look\n\n- First\\\n  &#9;indented\\\n  \\\n  &#32; last\tword", markdown);
    }

    private static string SafeMarkdownText(string markdown) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(SafeMarkdown.ToHtml(markdown), "<[^>]+>", "")).Trim()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
}
