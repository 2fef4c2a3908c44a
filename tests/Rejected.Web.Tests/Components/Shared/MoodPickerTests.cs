using Bunit;
using Rejected.Web.Components.Shared;

namespace Rejected.Web.Tests.Components.Shared;

public sealed class MoodPickerTests : BunitContext
{
    [Fact]
    public void FiveLabelledChoicesSitInAFieldsetWithALegend()
    {
        var cut = Render<MoodPicker>(p => p.Add(x => x.Name, "mood").Add(x => x.Legend, "How do you feel?"));

        Assert.Equal("How do you feel?", cut.Find("fieldset > legend").TextContent);
        var radios = cut.FindAll("input[type='radio'][name='mood']");
        Assert.Equal(["mood-1", "mood-2", "mood-3", "mood-4", "mood-5"], radios.Select(r => r.Id));
        Assert.Equal(
            ["1 · Crushed", "2 · Low", "3 · Mixed", "4 · Steady", "5 · Hopeful"],
            radios.Select(r => cut.Find($"label[for='{r.Id}']").TextContent));
    }

    [Fact]
    public void TheCurrentValueIsChecked()
    {
        var cut = Render<MoodPicker>(p => p.Add(x => x.Name, "mood").Add(x => x.Legend, "Mood").Add(x => x.Value, 4));

        Assert.Equal(["mood-4"], cut.FindAll("input[checked]").Select(r => r.Id));
    }

    [Fact]
    public void ChoosingAMoodReportsItsValue()
    {
        int? chosen = null;
        var cut = Render<MoodPicker>(p => p
            .Add(x => x.Name, "mood")
            .Add(x => x.Legend, "Mood")
            .Add(x => x.ValueChanged, value => chosen = value));

        cut.Find("#mood-2").Change("2");

        Assert.Equal(2, chosen);
    }

    [Fact]
    public void AnErrorIsAnnouncedAndDescribesTheGroup()
    {
        var cut = Render<MoodPicker>(p => p.Add(x => x.Name, "mood").Add(x => x.Legend, "Mood").Add(x => x.Error, "Pick a mood from 1 to 5."));

        Assert.Equal("mood-error", cut.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Equal("Pick a mood from 1 to 5.", cut.Find("#mood-error").TextContent);
        Assert.Equal("alert", cut.Find("#mood-error").GetAttribute("role"));
    }
}
