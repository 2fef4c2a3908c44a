using Rejected.Core.Reflections;

namespace Rejected.Core.Tests.Reflections;

public sealed class ReflectionLabelsTests
{
    [Fact]
    public void EveryInterviewStageHasItsOwnLabel()
    {
        var labels = Enum.GetValues<InterviewStage>().Select(s => s.Label()).ToList();

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Take-home", InterviewStage.TakeHome.Label());
    }

    [Fact]
    public void EveryDecisionChannelHasItsOwnLabel()
    {
        var labels = Enum.GetValues<DecisionChannel>().Select(c => c.Label()).ToList();

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Never heard back", DecisionChannel.NeverHeardBack.Label());
    }

    [Theory]
    [InlineData(1, "Crushed")]
    [InlineData(3, "Mixed")]
    [InlineData(5, "Hopeful")]
    public void MoodLabelNamesEachMoodFromOneToFive(int mood, string label)
    {
        Assert.Equal(label, ReflectionLabels.MoodLabel(mood));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void MoodLabelRejectsMoodsOutsideOneToFive(int mood)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReflectionLabels.MoodLabel(mood));
    }
}
