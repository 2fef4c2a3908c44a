using System.Globalization;
using System.Text;
using Rejected.Core.Export;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Export;

public sealed class ExportFileNameTests
{
    public static TheoryData<string, string> HostileNames() => new()
    {
        { "../../etc/passwd", "..\\..\\windows\\system32" },
        { "C:\\Users\\me", "/root/.ssh/id_rsa" },
        { "a\0b\u0001c\u001Fd\u007Fe", "line\nbreak\r\ntab\t" },
        { "\"quoted\"; filename=evil.exe", "<>:|?*" },
        { "..", "." },
        { "%2e%2e%2f", "%00" },
        { "Emoji 🎉 party", "👩‍💻 engineer" },
        { "\u202Egnp.exe", "Zero\u200Bwidth\uFEFF" },
        { "株式会社テスト", "Компания" },
    };

    [Fact]
    public void NameJoinsCompanyRoleAndDecisionDate()
    {
        var rejection = Sample.Rejection("Contoso", "Backend Engineer");
        rejection.DecidedOn = new DateOnly(2025, 3, 1);

        Assert.Equal("contoso-backend-engineer-2025-03-01.md", ExportFileName.For(rejection));
    }

    [Fact]
    public void NameLeavesOutAMissingDate()
    {
        Assert.Equal("contoso-backend-engineer.md", ExportFileName.For(Sample.Rejection("Contoso", "Backend Engineer")));
    }

    [Fact]
    public void DateIsWrittenTheSameWayInAnyCulture()
    {
        var rejection = Sample.Rejection("Contoso", "Engineer");
        rejection.DecidedOn = new DateOnly(2025, 12, 31);
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");

            Assert.Equal("contoso-engineer-2025-12-31.md", ExportFileName.For(rejection));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void NameHasOnlyLettersDigitsAndHyphens(string company, string role)
    {
        var rejection = Sample.Rejection(company, role);
        rejection.DecidedOn = new DateOnly(2025, 3, 1);

        var name = ExportFileName.For(rejection);

        AssertSafe(name);
        Assert.EndsWith("2025-03-01.md", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Café Münster", "Señor Développeur", "cafe-munster-senor-developpeur.md")]
    [InlineData("Ærø Øst", "Straße", "ærø-øst-straße.md")]
    [InlineData("Việt Nam", "Kỹ sư", "viet-nam-ky-su.md")]
    public void NameStripsAccentsFromLatinLetters(string company, string role, string expected)
    {
        Assert.Equal(expected, ExportFileName.For(Sample.Rejection(company, role)));
    }

    [Theory]
    [InlineData("株式会社テスト", "エンジニア", "株式会社テスト-エンジニア.md")]
    [InlineData("グーグル", "デザイナー", "グーグル-デザイナー.md")]
    [InlineData("Компания", "Разработчик Йошкар-Олы", "компания-разработчик-йошкар-олы.md")]
    [InlineData("카카오", "개발자", "카카오-개발자.md")]
    [InlineData("Ελληνική", "Μηχανικός", "ελληνική-μηχανικός.md")]
    [InlineData("شركة", "مهندس", "شركة-مهندس.md")]
    [InlineData("𠮷野家", "店長", "𠮷野家-店長.md")]
    [InlineData("कंपनी", "इंजीनियर", "कंपनी-इंजीनियर.md")]
    public void NameKeepsNonLatinScriptsWhole(string company, string role, string expected)
    {
        var name = ExportFileName.For(Sample.Rejection(company, role));

        Assert.Equal(expected.Normalize(NormalizationForm.FormC), name);
        AssertSafe(name);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "\t")]
    [InlineData("!!!", "...")]
    [InlineData("/", "\\")]
    [InlineData("🎉", "💼")]
    public void NameFallsBackToReflectionWhenNothingUsableIsLeft(string company, string role)
    {
        Assert.Equal("reflection.md", ExportFileName.For(Sample.Rejection(company, role)));
    }

    [Fact]
    public void NameIsCappedAndDoesNotEndInAHyphen()
    {
        var company = string.Concat(Enumerable.Repeat("Very Long Company ", 20));

        var name = ExportFileName.For(Sample.Rejection(company, "Engineer"));

        AssertSafe(name);
        Assert.True(name.Length <= 80 + ".md".Length, $"'{name}' is {name.Length} characters.");
        Assert.StartsWith("very-long-company-very-long-company", name, StringComparison.Ordinal);
        Assert.DoesNotContain("-.md", name, StringComparison.Ordinal);
    }

    [Fact]
    public void ACapDoesNotSplitACharacterOutsideTheBasicPlane()
    {
        // 79 letters, then a letter written as a surrogate pair that straddles the 80th character.
        var company = new string('a', 79) + "𠮷𠮷";

        var name = ExportFileName.For(Sample.Rejection(company, "x"));

        Assert.Equal(new string('a', 79) + ".md", name);
    }

    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  --a--b--  ", "a-b")]
    [InlineData("C++ / C#", "c-c")]
    [InlineData("R2-D2 v1.0", "r2-d2-v1-0")]
    public void SlugJoinsWordsWithSingleHyphens(string value, string expected)
    {
        Assert.Equal(expected, ExportFileName.Slug(value));
    }

    private static void AssertSafe(string name)
    {
        Assert.EndsWith(".md", name, StringComparison.Ordinal);
        var stem = name[..^".md".Length];
        Assert.NotEmpty(stem);
        Assert.False(stem.StartsWith('-') || stem.EndsWith('-'), $"'{name}' starts or ends with a hyphen.");
        Assert.DoesNotContain("--", stem, StringComparison.Ordinal);
        Assert.DoesNotContain("..", name, StringComparison.Ordinal);
        Assert.True(stem.IsNormalized(NormalizationForm.FormC));
        foreach (var rune in stem.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var allowed = rune.Value == '-' || Rune.IsLetterOrDigit(rune) || category
                is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            Assert.True(allowed, $"'{name}' contains U+{rune.Value:X4} ({category}).");
        }

        Assert.Matches(@"^[\p{L}\p{M}\p{Nd}\uD800-\uDFFF-]+\.md$", name);
    }

    [Fact]
    public void HalfASurrogatePairIsDroppedInsteadOfFailing()
    {
        Assert.Equal("acme-dev", ExportFileName.Slug("Acme\ud83d dev"));
    }
}
