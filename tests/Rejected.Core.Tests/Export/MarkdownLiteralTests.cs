using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rejected.Core.Export;

namespace Rejected.Core.Tests.Export;

public sealed class MarkdownLiteralTests
{
    public static TheoryData<string> Values() => new(
        "plain",
        "line one\nline two",
        "paragraph\n\nanother",
        "three\n\n\nblank lines\n\n\n\n",
        "  indented inner\n    lines\tand\ttabs\n\t",
        "# not a heading\n- not a list\n1. not a list\n> not a quote\n```\n---\n===",
        "trailing backslash \\\nnext",
        "\\\\ and \\* and \\n",
        "&amp; &#0; &#x41; &bogus; AT&T &",
        "NUL\0BEL\u0007ESC\u001BDEL\u007FNEL\u0085",
        "— · starts\n— and · ends —",
        "a | b \\| c",
        "🎉 👩‍💻 שלום \u202E\u200B",
        "Someone");

    [Theory]
    [MemberData(nameof(Values))]
    public void InlineValuesDecodeToTheNormalizedValue(string value)
    {
        var written = MarkdownLiteral.Inline(value, 2);

        Assert.Equal(MarkdownLiteral.Normalize(value), MarkdownLiteral.Decode(written));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void CellsAndBlocksDecodeToTheNormalizedValue(string value)
    {
        Assert.Equal(MarkdownLiteral.Normalize(value), MarkdownLiteral.Decode(MarkdownLiteral.Cell(value)));
        Assert.Equal(MarkdownLiteral.Normalize(value), MarkdownLiteral.DecodeBlock(MarkdownLiteral.Block(value)));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void AViewerShowsTheSameText(string value)
    {
        var document = Markdown.Parse("- " + MarkdownLiteral.Inline(value, 2));

        var item = Assert.IsType<ListItemBlock>(Assert.Single(Assert.IsType<ListBlock>(Assert.Single(document))));
        var shown = string.Concat(Assert.IsType<ParagraphBlock>(Assert.Single(item)).Inline!.Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            LineBreakInline { IsHard: true } => "\n",
            _ => throw new InvalidOperationException($"Unexpected {inline.GetType().Name}."),
        }));

        // CommonMark shows NUL as U+FFFD; every other character comes through as it was.
        Assert.Equal(MarkdownLiteral.Normalize(value).Replace('\0', '\uFFFD'), shown);
    }

    [Fact]
    public void LineBreaksBecomeHardBreaksInsideTheListItem()
    {
        Assert.Equal("one\\\n   two", MarkdownLiteral.Inline("one\ntwo", 3));
        Assert.Equal("one&#10;two", MarkdownLiteral.Cell("one\r\ntwo"));
        Assert.Equal("one\\\ntwo\n\nthree", MarkdownLiteral.Block("one\ntwo\n\nthree"));
    }

    [Fact]
    public void WhiteSpaceAroundAValueIsDroppedButInsideItIsKept()
    {
        Assert.Equal("a\n\tb", MarkdownLiteral.Normalize(" \r\n a\r\n\tb \t\n"));
        Assert.Equal("a\\\n  &#9;b", MarkdownLiteral.Inline(" a\n\tb ", 2));
    }

    [Fact]
    public void AValueEqualToThePlaceholderForAMissingOneIsWrittenDifferently()
    {
        Assert.Equal("&#83;omeone", MarkdownLiteral.Inline("Someone", 2, placeholder: "Someone"));
        Assert.Equal("Someone else", MarkdownLiteral.Inline("Someone else", 2, placeholder: "Someone"));
    }

    [Theory]
    [InlineData("soft\nbreak", "soft break")]
    [InlineData("two spaces  \nbreak", "two spaces\nbreak")]
    [InlineData("&copy; &#169; &#xA9;", "© © ©")]
    [InlineData("&#xD800; &#1114112;", "\uFFFD \uFFFD")]
    [InlineData("\\a \\ b", "\\a \\ b")]
    public void TextEditedByHandReadsAsAViewerShowsIt(string encoded, string decoded)
    {
        Assert.Equal(decoded, MarkdownLiteral.Decode(encoded));
    }

    [Fact]
    public void SeparatorsAreFoundOnlyWhereTheyAreNotEscaped()
    {
        Assert.Equal(["a \\| b", " c"], MarkdownLiteral.SplitRaw("a \\| b| c", "|"));
        Assert.Equal(5, MarkdownLiteral.IndexOfRaw("\\*\\*x**", "**"));
    }
}
