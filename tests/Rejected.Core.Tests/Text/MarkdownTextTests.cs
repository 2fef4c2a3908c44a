using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rejected.Core.Tests.Support;
using Rejected.Core.Text;

namespace Rejected.Core.Tests.Text;

public sealed class MarkdownTextTests
{
    public static TheoryData<string> HostileStrings() => new(
        "*emphasis* and **strong** and _under_ and __score__",
        "[link](https://example.com) and ![image](x.png)",
        "[ref][1] and [1]: https://example.com",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<!-- comment -->",
        "&amp; &lt; &#x3C; &copy",
        "`code` and ``double``",
        "~~strike~~ ~sub~ ^sup^",
        "# heading",
        "## heading ##",
        "- item",
        "+ item",
        "1. item",
        "1) item",
        "> quote",
        "---",
        "===",
        "***",
        "```js",
        "~~~",
        "| a | b |",
        "https://example.com <https://example.com> <me@example.com>",
        "trailing backslash \\",
        "\\*already escaped\\*",
        "a\\\\b",
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "[ ] task",
        "[x] done",
        "$math$",
        "Footnote[^1]",
        "株式会社テスト * Компания _ 🎉",
        "{#id .class}",
        "ends with two spaces  ");

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void EscapedTextReadsBackAsTheSameLiteralText(string value)
    {
        var document = Markdown.Parse("Start " + MarkdownText.EscapeInline(value));

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        Assert.Equal("Start " + value.TrimEnd(), MarkdownInspection.LiteralText(paragraph.Inline));
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void EscapedTextStaysLiteralWithEveryExtensionSwitchedOn(string value)
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

        var document = Markdown.Parse(MarkdownText.EscapeInline(value), pipeline);

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        Assert.Equal(value.Trim(), MarkdownInspection.LiteralText(paragraph.Inline));
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void EscapedTextIsLiteralInAHeading(string value)
    {
        var document = Markdown.Parse("# " + MarkdownText.EscapeInline(value));

        var heading = Assert.IsType<HeadingBlock>(Assert.Single(document));
        Assert.Equal(value.Trim(), MarkdownInspection.LiteralText(heading.Inline));
    }

    [Theory]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("one\r\n# two", "one  # two")]
    [InlineData("tab\there", "tab here")]
    public void LineBreaksAndTabsBecomeSpacesSoTheValueStaysOnOneLine(string value, string expected)
    {
        var escaped = MarkdownText.EscapeInline(value);

        Assert.DoesNotContain('\n', escaped);
        Assert.DoesNotContain('\r', escaped);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Markdown.Parse(escaped)));
        Assert.Equal(expected, MarkdownInspection.LiteralText(paragraph.Inline));
    }

    [Fact]
    public void ControlCharactersAreDropped()
    {
        Assert.Equal("ab", MarkdownText.EscapeInline("a\0\u0007\u001Bb"));
    }

    [Fact]
    public void LettersDigitsSpacesAndNonAsciiTextAreLeftAlone()
    {
        const string value = "Senior Engineer 2 株式会社テスト Компания é 🎉";

        Assert.Equal(value, MarkdownText.EscapeInline(value));
    }

    [Fact]
    public void InlineSyntaxIsEscapedButOrdinaryPunctuationIsLeftReadable()
    {
        Assert.Equal("\\*\\_\\[\\]\\<\\>#\\`\\\\", MarkdownText.EscapeInline("*_[]<>#`\\"));
        Assert.Equal("Hello, world: 50% (ok). C# and F# - 2026-11-26", MarkdownText.EscapeInline("Hello, world: 50% (ok). C# and F# - 2026-11-26"));
    }

    [Theory]
    [InlineData("# heading", "\\# heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("12. item", "12\\. item")]
    [InlineData("see https://example.com", "see https\\://example.com")]
    [InlineData("www.example.com", "www\\.example.com")]
    [InlineData("fish & chips &amp;", "fish & chips \\&amp;")]
    [InlineData("title ##", "title \\#\\#")]
    public void SyntaxThatOnlyMattersInPlaceIsEscapedThere(string value, string expected)
    {
        Assert.Equal(expected, MarkdownText.EscapeInline(value));
    }

    [Fact]
    public void EscapeBlockKeepsParagraphs()
    {
        var document = Markdown.Parse(MarkdownText.EscapeBlock("First paragraph.\n\nSecond one.\n\n\n\nThird, after more blank lines."));

        Assert.Equal(
            ["First paragraph.", "Second one.", "Third, after more blank lines."],
            document.Select(b => MarkdownInspection.LiteralText(Assert.IsType<ParagraphBlock>(b).Inline)));
    }

    [Fact]
    public void EscapeBlockTurnsLineBreaksIntoHardBreaks()
    {
        var document = Markdown.Parse(MarkdownText.EscapeBlock("Line one\nLine two\r\nLine three"));

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        Assert.Equal("Line one\nLine two\nLine three", MarkdownInspection.LiteralText(paragraph.Inline));
        var breaks = paragraph.Inline!.Descendants<LineBreakInline>().ToList();
        Assert.Equal(2, breaks.Count);
        Assert.All(breaks, b => Assert.True(b.IsHard));
    }

    [Fact]
    public void EscapeBlockTreatsWindowsLineEndingsLikeLineFeeds()
    {
        Assert.Equal(MarkdownText.EscapeBlock("a\nb\n\nc"), MarkdownText.EscapeBlock("a\r\nb\r\n\r\nc"));
    }

    [Fact]
    public void EscapeBlockDropsSurroundingBlankLinesAndIndentation()
    {
        Assert.Equal("Indented\\\nline", MarkdownText.EscapeBlock("\n\n    Indented  \n\tline\n\n"));
    }

    [Fact]
    public void EscapeBlockOfBlankTextIsEmpty()
    {
        Assert.Equal("", MarkdownText.EscapeBlock(""));
        Assert.Equal("", MarkdownText.EscapeBlock(" \n\n \r\n\t"));
    }

    [Fact]
    public void EscapeBlockTreatsALineOfSpacesAsAParagraphBreak()
    {
        // In Markdown a line holding only spaces is a blank line; the user meant a new paragraph.
        var document = Markdown.Parse(MarkdownText.EscapeBlock("First.\n   \nSecond.\n\t\nThird."));

        Assert.Equal(
            ["First.", "Second.", "Third."],
            document.Select(b => MarkdownInspection.LiteralText(Assert.IsType<ParagraphBlock>(b).Inline)));
    }

    [Fact]
    public void EscapeBlockKeepsEveryLineLiteral()
    {
        var lines = HostileStrings().Cast<object[]>().Select(row => ((string)row[0]).Trim()).ToList();

        var document = Markdown.Parse(MarkdownText.EscapeBlock(string.Join("\n", lines) + "\n\n" + string.Join("\n\n", lines)));

        var paragraphs = document.Select(b => MarkdownInspection.LiteralText(Assert.IsType<ParagraphBlock>(b).Inline)).ToList();
        Assert.Equal([string.Join("\n", lines), .. lines], paragraphs);
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void EscapeBlockKeepsEachLineLiteralWithEveryExtensionSwitchedOn(string value)
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

        var document = Markdown.Parse(MarkdownText.EscapeBlock("Before\n" + value + "\nAfter"), pipeline);

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        Assert.Equal("Before\n" + value.Trim() + "\nAfter", MarkdownInspection.LiteralText(paragraph.Inline));
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void AnExactLineReadsBackAsTheSameLiteralText(string value)
    {
        var document = Markdown.Parse("Start " + MarkdownText.EscapeExactLine(value));

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        Assert.Equal("Start " + value, LiteralOrEntityText(paragraph.Inline));
    }

    [Fact]
    public void AnExactLineKeepsControlCharactersAndSpaceAtItsEndsAsCharacterReferences()
    {
        Assert.Equal("&#32;a&#0;&#7;b\tc&#9;", MarkdownText.EscapeExactLine(" a\0\u0007b\tc\t"));
        Assert.Equal("&#9; \\- x", MarkdownText.EscapeExactLine("\t - x"));
    }

    private static string LiteralOrEntityText(ContainerInline? inline) => string.Concat(inline!.Descendants<Inline>().Select(child => child switch
    {
        LiteralInline literal => literal.Content.ToString(),
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        _ => throw new InvalidOperationException($"Expected only literal text but found {child.GetType().Name}."),
    }));
}
