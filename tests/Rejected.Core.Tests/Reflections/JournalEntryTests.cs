using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections;

public sealed class JournalEntryTests
{
    public static TheoryData<ReflectionStep> StepsWithTools() => SampleTools.StepsWithTools();

    [Fact]
    public void ApplyCopiesTheAnswerAndTrimsTheTakeaway()
    {
        var entry = Sample.Entry(ReflectionStep.WrapUp);

        entry.Apply(new StepAnswer("  Text kept as written  \n", 4, "  Keep going.  ", new DateOnly(2025, 6, 1)));

        Assert.Equal("  Text kept as written  \n", entry.Text);
        Assert.Equal(4, entry.Mood);
        Assert.Equal("Keep going.", entry.Takeaway);
        Assert.Equal(new DateOnly(2025, 6, 1), entry.RevisitOn);
    }

    [Fact]
    public void ApplyStoresABlankTakeawayAsNull()
    {
        var entry = Sample.Entry(ReflectionStep.WrapUp, takeaway: "Old");

        entry.Apply(new StepAnswer("", Takeaway: "   "));

        Assert.Null(entry.Takeaway);
    }

    [Fact]
    public void ToAnswerGivesBackWhatWasApplied()
    {
        var answer = new StepAnswer("Text", 2, "Line", new DateOnly(2025, 6, 1));
        var entry = Sample.Entry(ReflectionStep.WrapUp);

        entry.Apply(answer);

        // The step's tool comes back empty rather than null, so the editor always has one to fill in.
        var back = entry.ToAnswer();
        Assert.Equal(answer, back with { Data = null });
        Assert.True(Assert.IsType<WrapUpData>(back.Data).IsEmpty);
    }

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public void ApplyStoresTheToolAsJsonAndToAnswerReadsItBack(ReflectionStep step)
    {
        var data = SampleTools.Filled(step);
        var entry = Sample.Entry(step);

        entry.Apply(new StepAnswer("Text", Data: data));
        var back = entry.ToAnswer();

        Assert.Equal(data.ToJson(), entry.Data);
        Assert.NotNull(back.Data);
        Assert.NotSame(data, back.Data);
        Assert.IsType(data.GetType(), back.Data);
        Assert.Equal(data.ToJson(), back.Data.ToJson());
        Assert.Equal("Text", back.Text);
    }

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public void ApplyStoresAnEmptyToolAsNull(ReflectionStep step)
    {
        var entry = SampleTools.Entry(SampleTools.Filled(step));

        entry.Apply(new StepAnswer("Text", Data: StepData.Create(step)));

        Assert.Null(entry.Data);
    }

    [Fact]
    public void ApplyWithoutAToolClearsTheStoredOne()
    {
        var entry = SampleTools.Entry(SampleTools.Priorities());

        entry.Apply(new StepAnswer("Text"));

        Assert.Null(entry.Data);
    }

    [Fact]
    public void CheckInHasNoToolInItsAnswer()
    {
        Assert.Null(Sample.Entry(ReflectionStep.CheckIn, mood: 3).ToAnswer().Data);
    }

    [Fact]
    public void ReadDataGivesTheStoredTool()
    {
        var entry = SampleTools.Entry(SampleTools.Priorities());

        var change = Assert.Single(entry.ReadData<PrioritiesData>().Changes);

        Assert.Equal(SampleTools.ChangeId, change.Id);
        Assert.Equal("Practise system design", change.Title);
    }

    [Fact]
    public void ReadDataGivesAnEmptyToolWhenNothingIsStored()
    {
        var entry = Sample.Entry(ReflectionStep.Experience, "Only text");

        Assert.True(entry.ReadData<ExperienceData>().IsEmpty);
    }

    [Fact]
    public void ReadDataGivesAFreshCopyEachTime()
    {
        var entry = SampleTools.Entry(SampleTools.WrapUp());

        entry.ReadData<WrapUpData>().OtherGroups.Clear();

        Assert.Single(entry.ReadData<WrapUpData>().OtherGroups);
    }
}
