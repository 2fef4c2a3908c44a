using Rejected.Core.Reflections;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections;

public sealed class JournalEntryTests
{
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

        Assert.Equal(answer, entry.ToAnswer());
    }
}
