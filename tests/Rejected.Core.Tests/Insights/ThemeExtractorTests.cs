using System.Globalization;
using Rejected.Core.Insights;

namespace Rejected.Core.Tests.Insights;

public sealed class ThemeExtractorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("!!! ... ---")]
    public void NoTextHasNoThemes(string? text)
    {
        Assert.Empty(ThemeExtractor.Themes(text));
    }

    [Fact]
    public void WordsAreLowercasedAndAdjacentPairsKept()
    {
        Assert.Equal(["design", "system", "system design"], Sorted(ThemeExtractor.Themes("SYSTEM Design")));
    }

    [Fact]
    public void StopWordsAreDropped()
    {
        Assert.Equal(["testing"], Sorted(ThemeExtractor.Themes("You really need more of the testing")));
    }

    [Fact]
    public void WordsAboutTheInterviewItselfAreStopWords()
    {
        Assert.Empty(ThemeExtractor.Themes("The interviewer felt the candidate was not for the team or the role"));
    }

    [Fact]
    public void WordsShorterThanThreeLettersAreDropped()
    {
        Assert.Equal(["api"], Sorted(ThemeExtractor.Themes("UX ok QA api")));
    }

    [Fact]
    public void NumbersAreDroppedButWordsWithDigitsAreKept()
    {
        Assert.Equal(["k8s", "years", "years k8s"], Sorted(ThemeExtractor.Themes("5 years k8s 2024 100")));
    }

    [Fact]
    public void ADroppedWordBreaksAPair()
    {
        var themes = ThemeExtractor.Themes("testing and deployment or testing 2 deployment");

        Assert.Equal(["deployment", "testing"], Sorted(themes));
    }

    [Fact]
    public void PairsOnlyJoinNeighbours()
    {
        var themes = ThemeExtractor.Themes("clear concise answers");

        Assert.Equal(["answers", "clear", "clear concise", "concise", "concise answers"], Sorted(themes));
        Assert.DoesNotContain("clear answers", themes);
    }

    [Fact]
    public void EachThemeAppearsOnceHoweverOftenItIsSaid()
    {
        Assert.Equal(["testing", "testing testing"], Sorted(ThemeExtractor.Themes("Testing, testing, TESTING.")));
    }

    [Theory]
    [InlineData("didn't")]
    [InlineData("didn’t")]
    [InlineData("didnt")]
    public void ApostrophesInsideWordsAreDropped(string text)
    {
        Assert.Equal(["didnt"], Sorted(ThemeExtractor.Themes(text)));
    }

    [Fact]
    public void QuotesAroundAWordAreNotPartOfIt()
    {
        Assert.Equal(["ownership"], Sorted(ThemeExtractor.Themes("'ownership'")));
    }

    [Theory]
    [InlineData("C++", "c++")]
    [InlineData("C#", "c#")]
    [InlineData("F#", "f#")]
    [InlineData("c++,", "c++")]
    [InlineData("(C#)", "c#")]
    public void ProgrammingLanguageNamesWithSymbolsAreKept(string text, string theme)
    {
        Assert.Equal([theme], Sorted(ThemeExtractor.Themes(text)));
    }

    [Fact]
    public void LanguageNamesPairWithTheirNeighbours()
    {
        Assert.Contains("c# experience", ThemeExtractor.Themes("Not enough C# experience"));
        Assert.Contains("modern c++", ThemeExtractor.Themes("modern C++"));
    }

    [Fact]
    public void SymbolsOnlyJoinAWordAfterItStarts()
    {
        Assert.Equal(["hashtag"], Sorted(ThemeExtractor.Themes("#hashtag ++ ##")));
    }

    [Fact]
    public void NonLatinWordsAreKeptAndLowercased()
    {
        Assert.Equal(
            ["коммуникация", "коммуникация слабая", "слабая"],
            Sorted(ThemeExtractor.Themes("Коммуникация СЛАБАЯ")));
        Assert.Equal(["größe"], Sorted(ThemeExtractor.Themes("Größe")));
        Assert.Equal(["システム設計"], Sorted(ThemeExtractor.Themes("システム設計。")));
    }

    [Fact]
    public void ComposedAndDecomposedAccentsGiveTheSameTheme()
    {
        Assert.Equal(ThemeExtractor.Themes("café"), ThemeExtractor.Themes("cafe\u0301"));
    }

    [Fact]
    public void HalfASurrogatePairSeparatesWordsInsteadOfThrowing()
    {
        Assert.Equal(["cafe", "cafe deployment", "deployment"], Sorted(ThemeExtractor.Themes("cafe\ud83d deployment\udc00")));
    }

    [Fact]
    public void LowercasingDoesNotDependOnTheCulture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("tr-TR");

            Assert.Equal(["integration"], Sorted(ThemeExtractor.Themes("INTEGRATION")));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    private static List<string> Sorted(IEnumerable<string> themes) => themes.Order(StringComparer.Ordinal).ToList();
}
