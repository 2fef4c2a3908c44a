using Bunit;
using Rejected.Web.Components.Shared.Charts;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Shared.Charts;

public sealed class BarChartTests : BunitContext
{
    private static readonly IReadOnlyList<ChartBar> Bars =
    [
        new("Skill set", 3, Highlight: true),
        new("Communication", 1),
        new("Experience", 0),
    ];

    [Fact]
    public void TheSvgIsAnImageNamedByItsTitleAndDescription()
    {
        var cut = RenderChart();

        var svg = cut.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("categories-title categories-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Feedback categories", cut.Find("svg > title#categories-title").TextContent);
        Assert.Equal("Skill set: 3; Communication: 1.", cut.Find("svg > desc#categories-desc").TextContent);
    }

    [Fact]
    public void ThereIsOneBarPerValueWithItsLabelAndNumber()
    {
        var cut = RenderChart();

        var bars = cut.FindAll("g.chart-bar");
        Assert.Equal(3, bars.Count);
        Assert.Equal(["Skill set", "Communication", "Experience"], bars.Select(b => b.QuerySelector(".chart-label")!.TextContent));
        Assert.Equal(["3 ★", "1", "0"], bars.Select(b => b.QuerySelector(".chart-value")!.TextContent));
    }

    [Fact]
    public void OnlyHighlightedBarsHaveTheHighlightClass()
    {
        var cut = RenderChart();

        var highlighted = Assert.Single(cut.FindAll("g.chart-bar.highlight"));
        Assert.Equal("Skill set", highlighted.QuerySelector(".chart-label")!.TextContent);
    }

    [Fact]
    public void BarsAreAsLongAsTheirShareOfTheLargestValue()
    {
        var cut = RenderChart();

        var widths = cut.FindAll("g.chart-bar rect").Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(200, widths[0]);
        Assert.Equal(200 / 3.0, widths[1], precision: 0);
        Assert.Equal(0, widths[2]);
    }

    [Fact]
    public void ATableCarriesTheSameNumbers()
    {
        var cut = RenderChart();

        var table = cut.Find("figure details table");
        Assert.Equal("Feedback categories", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Category", "Rejections"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal([("Skill set", "3 (recurring)"), ("Communication", "1"), ("Experience", "0")], rows);
    }

    [Fact]
    public void AFormatWritesTheValues()
    {
        var cut = Render<BarChart>(p => p
            .Add(x => x.Id, "mood")
            .Add(x => x.Title, "Average mood")
            .Add(x => x.Description, "Mood.")
            .Add(x => x.Format, v => (v / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
            .Add(x => x.Bars, [new ChartBar("Before", 25), new ChartBar("After", 40)]));

        Assert.Equal(["2.5", "4.0"], cut.FindAll(".chart-value").Select(v => v.TextContent));
        Assert.Equal(["2.5", "4.0"], cut.FindAll("tbody td").Select(v => v.TextContent));
    }

    [Fact]
    public void NumbersDoNotDependOnTheCulture()
    {
        using var culture = new CultureScope("de-DE");

        var cut = RenderChart();

        Assert.DoesNotContain(cut.FindAll("svg [width], svg [x], svg [y]").SelectMany(e => new[] { e.GetAttribute("width"), e.GetAttribute("x"), e.GetAttribute("y") }),
            value => value?.Contains(',', StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AllZeroValuesDrawNoBars()
    {
        var cut = Render<BarChart>(p => p
            .Add(x => x.Id, "empty")
            .Add(x => x.Title, "Nothing yet")
            .Add(x => x.Description, "Nothing.")
            .Add(x => x.Bars, [new ChartBar("A", 0), new ChartBar("B", 0)]));

        Assert.All(cut.FindAll("g.chart-bar rect"), r => Assert.Equal("0", r.GetAttribute("width")));
    }

    private IRenderedComponent<BarChart> RenderChart() =>
        Render<BarChart>(p => p
            .Add(x => x.Id, "categories")
            .Add(x => x.Title, "Feedback categories")
            .Add(x => x.Description, "Skill set: 3; Communication: 1.")
            .Add(x => x.LabelHeader, "Category")
            .Add(x => x.ValueHeader, "Rejections")
            .Add(x => x.Bars, Bars));
}
