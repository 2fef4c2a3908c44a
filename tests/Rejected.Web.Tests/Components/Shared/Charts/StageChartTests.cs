using Bunit;
using Rejected.Core.Insights;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Shared.Charts;

namespace Rejected.Web.Tests.Components.Shared.Charts;

public sealed class StageChartTests : BunitContext
{
    private static readonly IReadOnlyList<StagePoint> Points =
    [
        new(1, new DateOnly(2026, 1, 5), InterviewStage.RecruiterScreen),
        new(2, new DateOnly(2026, 2, 10), InterviewStage.TechnicalScreen),
        new(3, new DateOnly(2026, 3, 1), InterviewStage.FinalLoop),
    ];

    [Fact]
    public void TheSvgIsAnImageWithATitleAndADescriptionOfTheRange()
    {
        var cut = Render<StageChart>(p => p.Add(x => x.Points, Points));

        var svg = cut.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("stage-chart-title stage-chart-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Stage reached over time", cut.Find("svg > title").TextContent);
        Assert.Equal("3 rejections from 5 Jan 2026 to 1 Mar 2026; the furthest stage reached was Final loop.", cut.Find("svg > desc").TextContent);
    }

    [Fact]
    public void EachRejectionIsADotAndEveryStageALine()
    {
        var cut = Render<StageChart>(p => p.Add(x => x.Points, Points));

        Assert.Equal(3, cut.FindAll("circle.chart-dot").Count);
        Assert.Equal(Enum.GetValues<InterviewStage>().Length, cut.FindAll("g.chart-grid").Count);
        Assert.Equal(Enum.GetValues<InterviewStage>().Select(s => s.Label()), cut.FindAll("g.chart-grid text").Select(t => t.TextContent));
        Assert.Equal(["Jan 2026", "Mar 2026"], cut.FindAll("g.chart-axis text").Select(t => t.TextContent));
    }

    [Fact]
    public void LaterStagesAreDrawnHigher()
    {
        var cut = Render<StageChart>(p => p.Add(x => x.Points, Points));

        var heights = cut.FindAll("circle.chart-dot").Select(c => double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(heights[0] > heights[1] && heights[1] > heights[2], string.Join(", ", heights));
    }

    [Fact]
    public void ATableListsEachDateAndStage()
    {
        var cut = Render<StageChart>(p => p.Add(x => x.Points, Points));

        var table = cut.Find("figure details table");
        Assert.Equal("Stage reached, by decision date", table.QuerySelector("caption")!.TextContent);
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal(
            [["5 Jan 2026", "Recruiter screen"], ["10 Feb 2026", "Technical screen"], ["1 Mar 2026", "Final loop"]],
            rows);
    }

    [Fact]
    public void ASinglePointIsDrawnInTheMiddle()
    {
        var cut = Render<StageChart>(p => p.Add(x => x.Points, [Points[0]]));

        var dot = cut.Find("circle.chart-dot");
        Assert.Equal("280", dot.GetAttribute("cx"));
        Assert.Equal(["Jan 2026", "Jan 2026"], cut.FindAll("g.chart-axis text").Select(t => t.TextContent));
    }

    [Fact]
    public void NoPointsDrawOnlyTheGrid()
    {
        var cut = Render<StageChart>(p => p.Add(x => x.Points, []));

        Assert.Empty(cut.FindAll("circle"));
        Assert.Empty(cut.FindAll("tbody tr"));
        Assert.Equal("No stages recorded yet.", cut.Find("svg > desc").TextContent);
    }
}
