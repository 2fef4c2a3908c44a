using Bunit;
using Rejected.Web.Components.Shared;

namespace Rejected.Web.Tests.Components.Shared;

public sealed class MarkdownViewTests : BunitContext
{
    [Fact]
    public void RendersMarkdownAsHtml()
    {
        var cut = Render<MarkdownView>(p => p.Add(x => x.Markdown, "**bold** and *italic*\n\n- one\n- two"));

        Assert.Equal("bold", cut.Find(".markdown-body strong").TextContent);
        Assert.Equal("italic", cut.Find(".markdown-body em").TextContent);
        Assert.Equal(["one", "two"], cut.FindAll(".markdown-body ul > li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void NothingWrittenShowsTheEmptyText(string? markdown)
    {
        var cut = Render<MarkdownView>(p => p.Add(x => x.Markdown, markdown).Add(x => x.EmptyText, "Nothing here yet."));

        Assert.Equal("Nothing here yet.", cut.Find("p").TextContent);
        Assert.Empty(cut.FindAll(".markdown-body"));
    }

    [Fact]
    public void AScriptTagIsShownAsTextNotRun()
    {
        var cut = Render<MarkdownView>(p => p.Add(x => x.Markdown, "<script>alert(1)</script>"));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("<script>alert(1)</script>", cut.Find(".markdown-body").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](  javascript:alert(1) )")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    public void DangerousLinksAndHtmlAreRemoved(string markdown)
    {
        var cut = Render<MarkdownView>(p => p.Add(x => x.Markdown, markdown));

        var elements = cut.FindAll("*");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "object" or "embed");
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        foreach (var url in elements.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src").Select(a => a.Value.Trim()))
        {
            Assert.Matches("^(https?|mailto):", url);
        }
    }

    [Theory]
    [InlineData("[site](https://example.com/a?b=c)", "https://example.com/a?b=c")]
    [InlineData("[site](http://example.com/)", "http://example.com/")]
    [InlineData("[mail](mailto:me@example.com)", "mailto:me@example.com")]
    public void SafeLinksStayAndDoNotLeakTheReferrer(string markdown, string href)
    {
        var cut = Render<MarkdownView>(p => p.Add(x => x.Markdown, markdown));

        var link = cut.Find(".markdown-body a");
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
    }
}
