using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Rejected.Core.Text;

namespace Rejected.Core.Tests.Text;

public sealed class SafeMarkdownTests
{
    public static TheoryData<string> DangerousHtml() => new(
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<style>body{display:none}</style>",
        "<form action=\"https://evil.example\"><button>Go</button></form>",
        "<object data=\"x.swf\"></object>",
        "<div onclick=\"alert(1)\">click</div>",
        "<scr<script>ipt>alert(1)</script>",
        "Text <ScRiPt>alert(1)</sCrIpT> inline",
        "<!-- <script>alert(1)</script> -->",
        "- item <script>alert(1)</script>\n- <img src=x onerror=alert(1)>",
        "> <iframe src=x></iframe>",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void BlankInputGivesAnEmptyString(string? markdown)
    {
        Assert.Equal("", SafeMarkdown.ToHtml(markdown));
    }

    [Fact]
    public void RendersEmphasisAndStrongText()
    {
        var html = SafeMarkdown.ToHtml("This *stings* but **I grow**.");

        Assert.Contains("<em>stings</em>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>I grow</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RendersListsAndHeadings()
    {
        var html = SafeMarkdown.ToHtml("## Plan\n\n- one\n- two\n\n1. first\n2. second");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<li>second</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RendersStrikethroughAndTables()
    {
        var html = SafeMarkdown.ToHtml("~~gone~~\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        Assert.Contains("<del>gone</del>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[site](https://example.com/path?q=1)", "https://example.com/path?q=1")]
    [InlineData("[site](http://example.com)", "http://example.com")]
    [InlineData("[mail](mailto:me@example.com)", "mailto:me@example.com")]
    [InlineData("See https://example.com today", "https://example.com")]
    public void KeepsWebAndMailLinksWithNoopener(string markdown, string href)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        var link = Assert.Single(Elements(html), e => e.LocalName == "a");
        Assert.Equal(href, link.GetAttribute("href"));
        var rel = (link.GetAttribute("rel") ?? "").Split(' ');
        Assert.Contains("noopener", rel);
        Assert.Contains("noreferrer", rel);
    }

    [Theory]
    [MemberData(nameof(DangerousHtml))]
    public void RawHtmlNeverBecomesATag(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        var elements = Elements(html);
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img" or "iframe" or "svg" or "style" or "form" or "button" or "object" or "div" or "a");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RawHtmlIsShownAsEscapedText()
    {
        var html = SafeMarkdown.ToHtml("Before <script>alert(1)</script> after");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](file:///etc/passwd)")]
    [InlineData("<javascript:alert(click)>")]
    [InlineData("[click][x]\n\n[x]: javascript:alert(1)")]
    public void DropsLinksWithUnsafeSchemes(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        var urls = Elements(html).SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src").Select(a => a.Value);
        Assert.Empty(urls);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    public void DropsImagesWithUnsafeSources(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        var sources = Elements(html).Where(e => e.LocalName == "img").Select(e => e.GetAttribute("src"));
        Assert.All(sources, s => Assert.Null(s));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void KeepsImagesFromTheWeb()
    {
        var html = SafeMarkdown.ToHtml("![chart](https://example.com/chart.png)");

        Assert.Contains("src=\"https://example.com/chart.png\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"chart\"", html, StringComparison.Ordinal);
    }

    private static List<IElement> Elements(string html) =>
        new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!.QuerySelectorAll("*").ToList();
}
