using System.Text.RegularExpressions;
using Rejected.Core.Search;

namespace Rejected.Core.Tests.Search;

public sealed partial class SearchQueryTests
{
    /// <summary>Input a person could type, paste or send on purpose to break out of the quoted strings.</summary>
    internal static readonly string[] Hostile =
    [
        "a AND b",
        "a OR b",
        "NOT a",
        "a NOT b",
        "NEAR(a b)",
        "NEAR(a b, 2)",
        "a + b",
        "-a",
        "a - b",
        "^a",
        "a:b",
        ":",
        "Body:x",
        "body : x",
        "{body owner}: x",
        "{a b}",
        "(a OR b) AND c",
        "(",
        ")",
        "((((",
        "*",
        "a * b",
        "**",
        "*a",
        "a*b",
        "\"",
        "\"\"",
        "\"\"\"",
        "say\"hi\"",
        "\"a\" OR \"b\"",
        "\"unclosed OR phrase",
        "“curly” OR ”backwards“",
        "'single' quotes'",
        "a\0b",
        "\u0001\u0002\u001b[31mred",
        "tab\tnew\nline\r\nreturn",
        "a\u0085b\u007f",
        "\u200b zero \u200b width",
        "🎉🔥💼",
        "🎉 party",
        "株式会社 面接",
        "собеседование провал",
        "مقابلة عمل",
        "cafe\u0301 naïve",
        "a; DROP TABLE t; --",
        "' OR 1=1 --",
        "rank MATCH x",
        "\\\" \\",
        "%_[]",
        "interv* NEAR/3 design*",
    ];

    /// <summary>
    /// Half a surrogate pair, as cut-off or badly pasted text can hold. Kept out of <see cref="Hostile"/> because
    /// theory data is serialized as UTF-8, which would turn these into U+FFFD before the test saw them.
    /// </summary>
    internal static readonly string[] LoneSurrogates = ["\ud83d lone surrogate", "a\udc00b", "word\ud83d", "\udc00", "\"\ud83d phrase\"", "cafe\u0301\ud83d*"];

    public static TheoryData<string> HostileInputs() => new(Hostile);

    public static TheoryData<string?> NothingToSearchFor() => new(
        null,
        "",
        " ",
        "\t\r\n \u00a0",
        "*",
        "* ** ***",
        "\"\"",
        "\"",
        "“ ”",
        "- ^ : ( ) { } + , . ; !",
        "\"  *  \"",
        "\0\u0001\u001f",
        "🎉 🔥",
        "\u200b");

    [Fact]
    public void PlainWordsAreQuotedAndAllRequired()
    {
        Assert.Equal("\"a\" AND \"b\"", SearchQuery.ToFts5("a b"));
        Assert.Equal("\"system\" AND \"design\" AND \"feedback\"", SearchQuery.ToFts5("  system   design\tfeedback\n"));
    }

    [Fact]
    public void ASingleWordIsOneQuotedString()
    {
        Assert.Equal("\"interview\"", SearchQuery.ToFts5("interview"));
    }

    [Fact]
    public void ATrailingStarMakesAWordAPrefix()
    {
        Assert.Equal("\"interv\"*", SearchQuery.ToFts5("interv*"));
        Assert.Equal("\"interv\"* AND \"design\"", SearchQuery.ToFts5("interv* design"));
        Assert.Equal("\"interv\"*", SearchQuery.ToFts5("interv***"));
    }

    [Fact]
    public void AStarAnywhereButTheEndIsJustText()
    {
        Assert.Equal("\"*interv\"", SearchQuery.ToFts5("*interv"));
        Assert.Equal("\"a*b\"", SearchQuery.ToFts5("a*b"));
    }

    [Fact]
    public void AQuotedPhraseStaysOneTerm()
    {
        Assert.Equal("\"system design\" AND \"feedback\"", SearchQuery.ToFts5("\"system design\" feedback"));
        Assert.Equal("\"a\" AND \"b c\" AND \"d\"", SearchQuery.ToFts5("a\"b c\"d"));
    }

    [Fact]
    public void AnUnclosedPhraseRunsToTheEnd()
    {
        Assert.Equal("\"feedback\" AND \"system design OR x\"", SearchQuery.ToFts5("feedback \"system design OR x"));
    }

    [Theory]
    [InlineData("“system design”")]
    [InlineData("”system design“")]
    [InlineData("“system design\"")]
    [InlineData("\"system design”")]
    public void CurlyQuotesMakePhrasesToo(string input)
    {
        Assert.Equal("\"system design\"", SearchQuery.ToFts5(input));
    }

    [Fact]
    public void APhraseIsNeverAPrefix()
    {
        // The star after a phrase is a word of its own, and a word with no letter is dropped.
        Assert.Equal("\"system des\"", SearchQuery.ToFts5("\"system des\"*"));
    }

    [Fact]
    public void TermsRecordWhetherTheyArePhrasesOrPrefixes()
    {
        Assert.Equal(
            [new SearchTerm("interv", true, false), new SearchTerm("system design", false, true), new SearchTerm("café", false, false)],
            SearchQuery.Terms("interv* \"system design\" cafe\u0301"));
    }

    [Fact]
    public void InputIsNormalizedSoComposedAndDecomposedAccentsMatchTheSameWay()
    {
        Assert.Equal(SearchQuery.ToFts5("café"), SearchQuery.ToFts5("cafe\u0301"));
    }

    [Fact]
    public void PhraseWhitespaceIsTrimmedButKeptInside()
    {
        Assert.Equal("\"system  design\"", SearchQuery.ToFts5("\"  system  design  \""));
    }

    [Theory]
    [InlineData("AND", "\"AND\"")]
    [InlineData("a OR b", "\"a\" AND \"OR\" AND \"b\"")]
    [InlineData("NOT a", "\"NOT\" AND \"a\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" AND \"b)\"")]
    [InlineData("-a ^b", "\"-a\" AND \"^b\"")]
    [InlineData("Body:x", "\"Body:x\"")]
    [InlineData("{a b}: c", "\"{a\" AND \"b}:\" AND \"c\"")]
    [InlineData("(a)", "\"(a)\"")]
    public void OperatorsAndSyntaxBecomeQuotedText(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.ToFts5(input));
    }

    [Fact]
    public void QuotesInsideATermAreDoubled()
    {
        // Quotes in the input start and end phrases, so only a term built by hand can hold one.
        Assert.Equal("\"say \"\"hi\"\"\"", new SearchTerm("say \"hi\"", false, true).ToFts5());
        Assert.Equal("\"\"\"\"*", new SearchTerm("\"", true, false).ToFts5());
    }

    [Fact]
    public void AQuoteInTheMiddleOfAWordSplitsIt()
    {
        Assert.Equal("\"say\" AND \"hi\"", SearchQuery.ToFts5("say\"hi\""));
    }

    [Fact]
    public void ControlCharactersAreRemoved()
    {
        Assert.Equal("\"ab\"", SearchQuery.ToFts5("a\0b"));
        Assert.Equal("\"[31mred\"", SearchQuery.ToFts5("\u001b[31mred"));
    }

    [Theory]
    [MemberData(nameof(NothingToSearchFor))]
    public void InputWithNoLetterOrDigitGivesNoQuery(string? input)
    {
        Assert.Null(SearchQuery.ToFts5(input));
        Assert.Empty(SearchQuery.Terms(input));
    }

    [Fact]
    public void TermsWithoutLettersOrDigitsAreDropped()
    {
        Assert.Equal("\"a\" AND \"b\"", SearchQuery.ToFts5("a - * \"\" ( ) 🎉 b"));
    }

    [Fact]
    public void DigitsAloneAreASearch()
    {
        Assert.Equal("\"2025\"", SearchQuery.ToFts5("2025"));
    }

    [Fact]
    public void AtMostSixteenTermsAreKeptInOrder()
    {
        var words = Enumerable.Range(1, 40).Select(i => $"w{i}").ToList();

        var terms = SearchQuery.Terms(string.Join(' ', words));

        Assert.Equal(SearchQuery.MaxTerms, terms.Count);
        Assert.Equal(16, SearchQuery.MaxTerms);
        Assert.Equal(words.Take(16), terms.Select(t => t.Text));
    }

    [Fact]
    public void DroppedTermsDoNotCountTowardsTheLimit()
    {
        var input = string.Join(' ', Enumerable.Repeat("-", 30)) + " " + string.Join(' ', Enumerable.Range(1, 16).Select(i => $"w{i}"));

        Assert.Equal(16, SearchQuery.Terms(input).Count);
    }

    [Fact]
    public void PhrasesCountAsOneTermTowardsTheLimit()
    {
        var input = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"\"p{i} q{i}\""));

        var terms = SearchQuery.Terms(input);

        Assert.Equal(16, terms.Count);
        Assert.All(terms, t => Assert.True(t.IsPhrase));
        Assert.Equal("p16 q16", terms[^1].Text);
    }

    [Fact]
    public void VeryLongInputStillGivesAtMostSixteenTerms()
    {
        var input = string.Concat(Enumerable.Repeat("word AND (x OR y) \"z ", 20_000));

        var query = SearchQuery.ToFts5(input);

        Assert.NotNull(query);
        AssertOnlyQuotedStringsJoinedByAnd(query);
        Assert.Equal(16, SearchQuery.Terms(input).Count);
    }

    [Fact]
    public void AVeryLongWordIsKeptWhole()
    {
        var word = new string('x', 100_000);

        Assert.Equal("\"" + word + "\"", SearchQuery.ToFts5(word));
    }

    [Theory]
    [InlineData("株式会社", "\"株式会社\"")]
    [InlineData("собеседование провал", "\"собеседование\" AND \"провал\"")]
    [InlineData("مقابلة", "\"مقابلة\"")]
    [InlineData("🎉 party", "\"party\"")]
    [InlineData("party🎉", "\"party🎉\"")]
    public void NonLatinTextAndEmojiAreKeptAsText(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.ToFts5(input));
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputOnlyEverGivesQuotedStringsJoinedByAnd(string input)
    {
        var query = SearchQuery.ToFts5(input);

        if (query is not null)
        {
            AssertOnlyQuotedStringsJoinedByAnd(query);
        }
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void EveryTermHasALetterOrDigitAndNoControlCharacters(string input)
    {
        Assert.All(SearchQuery.Terms(input), term =>
        {
            Assert.Contains(term.Text, char.IsLetterOrDigit);
            Assert.DoesNotContain(term.Text, char.IsControl);
            Assert.Equal(term.Text.Trim(), term.Text);
        });
    }

    [Fact]
    public void HalfASurrogatePairDoesNotThrow()
    {
        Assert.All(LoneSurrogates, input =>
        {
            var query = SearchQuery.ToFts5(input);
            if (query is not null)
            {
                AssertOnlyQuotedStringsJoinedByAnd(query);
            }
        });
        Assert.Equal("\"lone\" AND \"surrogate\"", SearchQuery.ToFts5(LoneSurrogates[0]));
        Assert.Null(SearchQuery.ToFts5("\udc00"));
    }

    [GeneratedRegex("""\A("([^"]|"")*"\*?)( AND "([^"]|"")*"\*?)*\z""")]
    private static partial Regex QuotedStringsJoinedByAnd();

    internal static void AssertOnlyQuotedStringsJoinedByAnd(string query)
    {
        Assert.Matches(QuotedStringsJoinedByAnd(), query);
        Assert.DoesNotContain(query, char.IsControl);
    }
}
