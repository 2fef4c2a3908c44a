using Rejected.Core.Export;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Export;

public sealed class ExportArchiveIndexTests
{
    private static readonly DateTimeOffset ExportedAt = new(2026, 3, 15, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void TheSameJobTwiceGetsTwoFileNames()
    {
        var index = new ExportArchiveIndex();
        var first = Sample.Rejection("Contoso", "Engineer");
        var second = Sample.Rejection("CONTOSO", "engineer");

        Assert.Equal("contoso-engineer.md", index.Add(first));
        Assert.Equal("contoso-engineer-2.md", index.Add(second));
        Assert.Equal("contoso-engineer-3.md", index.Add(first));
    }

    [Fact]
    public void NoReflectionIsNamedLikeTheIndex()
    {
        var index = new ExportArchiveIndex();

        Assert.Equal("index-2.md", index.Add(Sample.Rejection("Index", "!!!")));
    }

    [Fact]
    public void TheIndexLinksEachFileNewestDecisionFirstWithEscapedTitles()
    {
        var index = new ExportArchiveIndex();
        var undated = Sample.Rejection("Fabrikam", "Designer");
        var older = Sample.Rejection("[Acme](javascript:x)", "*Lead*");
        older.DecidedOn = new DateOnly(2025, 1, 2);
        var newer = Sample.Rejection("株式会社テスト", "デザイナー");
        newer.DecidedOn = new DateOnly(2026, 2, 3);
        index.Add(undated);
        index.Add(older);
        index.Add(newer);

        var markdown = index.Write(ExportedAt, redacted: false);

        Assert.Equal(
            "# Rejected: your journal\n\n" +
            "Exported 2026-03-15 12:30 UTC. 3 reflections.\n\n" +
            "- [デザイナー at 株式会社テスト](%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%83%86%E3%82%B9%E3%83%88-%E3%83%87%E3%82%B6%E3%82%A4%E3%83%8A%E3%83%BC-2026-02-03.md) · decided 2026-02-03\n" +
            "- [\\*Lead\\* at \\[Acme\\](javascript:x)](acme-javascript-x-lead-2025-01-02.md) · decided 2025-01-02\n" +
            "- [Designer at Fabrikam](fabrikam-designer.md)\n",
            markdown);
    }

    [Fact]
    public void ARedactedIndexSaysNamesAreReplaced()
    {
        var markdown = new ExportArchiveIndex().Write(ExportedAt, redacted: true);

        Assert.Contains("Names are replaced for sharing", markdown, StringComparison.Ordinal);
        Assert.Contains("There are no reflections in it yet.", markdown, StringComparison.Ordinal);
    }
}
