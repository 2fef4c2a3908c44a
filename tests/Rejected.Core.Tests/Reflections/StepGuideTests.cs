using Rejected.Core.Reflections;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections;

public sealed class StepGuideTests
{
    public static TheoryData<ReflectionStep> Steps() => new(StepGuide.All.Select(g => g.Step).ToArray());

    public static TheoryData<ReflectionStep> MiddleSteps() =>
        new(ReflectionStep.Feedback, ReflectionStep.Priorities, ReflectionStep.Experience, ReflectionStep.RoleFit);

    [Fact]
    public void EveryStepHasExactlyOneGuideInStepOrder()
    {
        Assert.Equal(Enum.GetValues<ReflectionStep>().Where(s => s != ReflectionStep.Revisit), StepGuide.All.Select(g => g.Step));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void ForReturnsTheGuideOfThatStep(ReflectionStep step)
    {
        Assert.Equal(step, StepGuide.For(step).Step);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void EachGuideOffersThreeToSixDistinctPrompts(ReflectionStep step)
    {
        var prompts = StepGuide.For(step).Prompts;

        Assert.InRange(prompts.Count, 3, 6);
        Assert.All(prompts, p => Assert.False(string.IsNullOrWhiteSpace(p)));
        Assert.Equal(prompts.Count, prompts.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void EachGuideHasItsTitlesPurposeAndJournalLabel(ReflectionStep step)
    {
        var guide = StepGuide.For(step);

        Assert.False(string.IsNullOrWhiteSpace(guide.Title));
        Assert.False(string.IsNullOrWhiteSpace(guide.ShortTitle));
        Assert.False(string.IsNullOrWhiteSpace(guide.Purpose));
        Assert.False(string.IsNullOrWhiteSpace(guide.JournalLabel));
    }

    [Fact]
    public void SlugsAreUniqueAndUrlSafe()
    {
        var slugs = StepGuide.All.Select(g => g.Slug).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(slugs, s => Assert.Matches("^[a-z]+(-[a-z]+)*$", s));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void FromSlugRoundTripsEveryGuide(ReflectionStep step)
    {
        var guide = StepGuide.For(step);

        Assert.Same(guide, StepGuide.FromSlug(guide.Slug));
    }

    [Fact]
    public void FromSlugIgnoresCase()
    {
        Assert.Equal(ReflectionStep.RoleFit, StepGuide.FromSlug("Role-Fit")?.Step);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nope")]
    [InlineData("../check-in")]
    [InlineData("check-in ")]
    [InlineData("4")]
    public void FromSlugReturnsNullForUnknownSlugs(string? slug)
    {
        Assert.Null(StepGuide.FromSlug(slug));
    }

    [Fact]
    public void PreviousAndNextChainTheStepsFromCheckInToWrapUp()
    {
        Assert.Null(StepGuide.For(ReflectionStep.CheckIn).Previous);
        Assert.Null(StepGuide.For(ReflectionStep.WrapUp).Next);

        var forward = new List<ReflectionStep>();
        for (var guide = StepGuide.For(ReflectionStep.CheckIn); guide is not null; guide = guide.Next)
        {
            forward.Add(guide.Step);
        }

        var backward = new List<ReflectionStep>();
        for (var guide = StepGuide.For(ReflectionStep.WrapUp); guide is not null; guide = guide.Previous)
        {
            backward.Add(guide.Step);
        }

        Assert.Equal(StepGuide.All.Select(g => g.Step), forward);
        Assert.Equal(StepGuide.All.Select(g => g.Step).Reverse(), backward);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void NoStepIsCompleteWithoutAnEntry(ReflectionStep step)
    {
        Assert.False(StepGuide.IsComplete(step, null));
    }

    [Fact]
    public void CheckInIsCompleteOnceAMoodIsPickedEvenWithoutText()
    {
        Assert.True(StepGuide.IsComplete(ReflectionStep.CheckIn, Sample.Entry(ReflectionStep.CheckIn, mood: 3)));
    }

    [Fact]
    public void CheckInIsNotCompleteWithTextButNoMood()
    {
        Assert.False(StepGuide.IsComplete(ReflectionStep.CheckIn, Sample.Entry(ReflectionStep.CheckIn, "So much to say.")));
    }

    [Fact]
    public void WrapUpIsCompleteOnceATakeawayIsWritten()
    {
        Assert.True(StepGuide.IsComplete(ReflectionStep.WrapUp, Sample.Entry(ReflectionStep.WrapUp, takeaway: "Keep going.")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void WrapUpIsNotCompleteWithoutATakeawayEvenWithTextAndMood(string? takeaway)
    {
        var entry = Sample.Entry(ReflectionStep.WrapUp, "Long closing thoughts.", mood: 5, takeaway: takeaway);

        Assert.False(StepGuide.IsComplete(ReflectionStep.WrapUp, entry));
    }

    [Theory]
    [MemberData(nameof(MiddleSteps))]
    public void MiddleStepsAreCompleteWithSomeJournalText(ReflectionStep step)
    {
        Assert.True(StepGuide.IsComplete(step, Sample.Entry(step, "A thought.")));
    }

    [Theory]
    [MemberData(nameof(MiddleSteps))]
    public void MiddleStepsAreNotCompleteWithBlankText(ReflectionStep step)
    {
        Assert.False(StepGuide.IsComplete(step, Sample.Entry(step, "")));
        Assert.False(StepGuide.IsComplete(step, Sample.Entry(step, " \n\t ")));
    }

    [Theory]
    [InlineData(ReflectionStep.CheckIn, 3, null, false, true)]
    [InlineData(ReflectionStep.CheckIn, null, null, true, false)]
    [InlineData(ReflectionStep.WrapUp, 4, "Keep going.", false, true)]
    [InlineData(ReflectionStep.WrapUp, 4, " ", true, false)]
    [InlineData(ReflectionStep.Feedback, null, null, true, true)]
    [InlineData(ReflectionStep.RoleFit, null, null, false, false)]
    public void IsCompleteFromSummaryValuesAgreesWithTheEntryRule(ReflectionStep step, int? mood, string? takeaway, bool hasText, bool complete)
    {
        var entry = Sample.Entry(step, hasText ? "Some text." : "", mood, takeaway);

        Assert.Equal(complete, StepGuide.IsComplete(step, mood, takeaway, hasText, hasData: false));
        Assert.Equal(complete, StepGuide.IsComplete(step, entry));
    }

    [Theory]
    [InlineData(ReflectionStep.Feedback)]
    [InlineData(ReflectionStep.Priorities)]
    [InlineData(ReflectionStep.Experience)]
    [InlineData(ReflectionStep.RoleFit)]
    public void AMiddleStepWithOnlyToolDataCountsAsDone(ReflectionStep step)
    {
        var entry = Sample.Entry(step, "");
        entry.Data = "{}";

        Assert.True(StepGuide.IsComplete(step, entry));
        Assert.True(StepGuide.IsComplete(step, null, null, hasText: false, hasData: true));
        Assert.False(StepGuide.IsComplete(ReflectionStep.WrapUp, null, null, hasText: false, hasData: true));
    }

    [Theory]
    [InlineData(ReflectionStep.Revisit)]
    [InlineData((ReflectionStep)7)]
    [InlineData((ReflectionStep)(-1))]
    public void ForThrowsForAStepWithoutAGuide(ReflectionStep step)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => StepGuide.For(step));

        Assert.Equal("step", ex.ParamName);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void TheSixStepsAreGuided(ReflectionStep step)
    {
        Assert.True(StepGuide.IsGuided(step));
    }

    [Theory]
    [InlineData(ReflectionStep.Revisit)]
    [InlineData((ReflectionStep)7)]
    [InlineData((ReflectionStep)(-1))]
    public void ARevisitIsNotAGuidedStep(ReflectionStep step)
    {
        Assert.False(StepGuide.IsGuided(step));
    }

    [Fact]
    public void NoGuideIsForTheRevisitStep()
    {
        Assert.DoesNotContain(StepGuide.All, g => g.Step == ReflectionStep.Revisit);
        Assert.Null(StepGuide.FromSlug("revisit"));
    }

    [Fact]
    public void ARevisitNoteNeverCountsAsACompleteStep()
    {
        var note = Sample.Entry(ReflectionStep.Revisit, "Looked back after a month.", mood: 4, takeaway: "Still true.");
        note.Data = "{}";

        Assert.False(StepGuide.IsComplete(ReflectionStep.Revisit, note));
        Assert.False(StepGuide.IsComplete(ReflectionStep.Revisit, 4, "Still true.", hasText: true, hasData: true));
    }
}
