using Markdig;
using Markdig.Syntax;
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
    public void EveryAsciiPunctuationCharacterIsBackslashEscaped()
    {
        Assert.Equal("\\*\\_\\[\\]\\<\\>\\#\\`\\\\", MarkdownText.EscapeInline("*_[]<>#`\\"));
    }
}
