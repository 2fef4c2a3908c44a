using System.Globalization;
using Rejected.Core.Export;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rejected.Core.Tests.Export;

public sealed class YamlScalarTests
{
    public static TheoryData<string> Values() => new(
        "",
        "plain",
        "\"double\" and 'single'",
        "back\\slash \\n \\u0041",
        "key: value # comment",
        "---\n...\n",
        "line\nbreak\r\nand\rreturns",
        "\ttab",
        "\0nul \u0001 \u0007 \u001B \u007F \u0085 \u009F",
        "\u2028 line and \u2029 paragraph separators",
        "\uFEFF bom \u200B zwsp \u200D zwj \u202E rlo",
        "\uFFFE and \uFFFF",
        "株式会社テスト Компания שלום مرحبا",
        "🎉 👩‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿 𠮷",
        "&a *b !c %d @e `f |g >h [i] {j} ?k -l",
        "  spaced  ");

    [Theory]
    [MemberData(nameof(Values))]
    public void QuotedValuesReadBackExactly(string value)
    {
        Assert.Equal(value, ReadBack(YamlScalar.Quote(value)));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void QuotedValuesAreOneLineOfPrintableCharacters(string value)
    {
        var quoted = YamlScalar.Quote(value);

        Assert.StartsWith("\"", quoted, StringComparison.Ordinal);
        Assert.EndsWith("\"", quoted, StringComparison.Ordinal);
        foreach (var rune in quoted.EnumerateRunes())
        {
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            Assert.False(
                category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate || rune.Value is 0xFFFE or 0xFFFF,
                $"U+{rune.Value:X4} is written as it is.");
        }

        Assert.DoesNotMatch(@"\\u[dD][89a-fA-F]", quoted);
    }

    [Fact]
    public void AnUnpairedSurrogateBecomesTheReplacementCharacter()
    {
        Assert.Equal("a\uFFFDb", ReadBack(YamlScalar.Quote("a\uD83Cb")));
    }

    [Fact]
    public void NullIsWrittenAsYamlNull()
    {
        Assert.Equal("null", YamlScalar.Quote(null));
        Assert.Equal("null", YamlScalar.Number(null));
        Assert.Equal("null", YamlScalar.Date(null));
    }

    [Fact]
    public void NumbersAndDatesAreWrittenTheSameWayInAnyCulture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");

            Assert.Equal("-5", YamlScalar.Number(-5));
            Assert.Equal("2025-01-09", YamlScalar.Date(new DateOnly(2025, 1, 9)));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void ListIsAFlowSequenceOfQuotedValues()
    {
        Assert.Equal("[]", YamlScalar.List([]));
        Assert.Equal("[\"a, b\", \"]\"]", YamlScalar.List(["a, b", "]"]));
    }

    private static string? ReadBack(string scalar)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("value: " + scalar + "\n"));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var node = Assert.IsType<YamlScalarNode>(root.Children[new YamlScalarNode("value")]);
        Assert.Equal(ScalarStyle.DoubleQuoted, node.Style);
        return node.Value;
    }
}
