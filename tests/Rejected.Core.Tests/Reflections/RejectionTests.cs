using Rejected.Core.Reflections;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections;

public sealed class RejectionTests
{
    [Fact]
    public void ApplyTrimsTheTextFieldsAndDropsBlankOptionalOnes()
    {
        var rejection = Sample.Rejection();

        rejection.Apply(new RejectionDetails
        {
            Company = "  Fabrikam \n",
            RoleTitle = "\tData Engineer  ",
            Level = "   ",
            Team = "  Platform ",
            Stage = InterviewStage.TakeHome,
            DecidedOn = new DateOnly(2025, 2, 28),
            Communication = DecisionChannel.PhoneCall,
        });

        Assert.Equal("Fabrikam", rejection.Company);
        Assert.Equal("Data Engineer", rejection.RoleTitle);
        Assert.Null(rejection.Level);
        Assert.Equal("Platform", rejection.Team);
        Assert.Equal(InterviewStage.TakeHome, rejection.Stage);
        Assert.Equal(new DateOnly(2025, 2, 28), rejection.DecidedOn);
        Assert.Equal(DecisionChannel.PhoneCall, rejection.Communication);
    }

    [Fact]
    public void ApplySplitsTagsTrimsThemAndDropsCaseInsensitiveRepeatsKeepingTheFirstSpelling()
    {
        var rejection = Sample.Rejection();

        rejection.Apply(new RejectionDetails
        {
            Company = "Fabrikam",
            RoleTitle = "Engineer",
            Tags = " Remote , backend;REMOTE,, ;\nBackend\r\n  senior  ,  ",
        });

        Assert.Equal(["Remote", "backend", "senior"], rejection.Tags);
    }

    [Fact]
    public void ApplyWithNoTagsLeavesAnEmptyList()
    {
        var rejection = Sample.Rejection();
        rejection.Tags = ["old"];

        rejection.Apply(new RejectionDetails { Company = "Fabrikam", RoleTitle = "Engineer", Tags = null });

        Assert.Empty(rejection.Tags);
    }

    [Fact]
    public void ToDetailsRoundTripsThroughApply()
    {
        var rejection = Sample.Rejection();
        rejection.Apply(new RejectionDetails
        {
            Company = "Fabrikam",
            RoleTitle = "Engineer",
            Level = "L4",
            Team = "Search",
            Stage = InterviewStage.RecruiterScreen,
            DecidedOn = new DateOnly(2025, 1, 2),
            Communication = DecisionChannel.ApplicantPortal,
            Tags = "a, b",
        });

        var copy = Sample.Rejection("x", "y");
        copy.Apply(rejection.ToDetails());

        Assert.Equal("a, b", rejection.ToDetails().Tags);
        Assert.Equal(
            (rejection.Company, rejection.RoleTitle, rejection.Level, rejection.Team, rejection.Stage, rejection.DecidedOn, rejection.Communication),
            (copy.Company, copy.RoleTitle, copy.Level, copy.Team, copy.Stage, copy.DecidedOn, copy.Communication));
        Assert.Equal(rejection.Tags, copy.Tags);
    }

    [Fact]
    public void MoodsBeforeAndAfterComeFromCheckInAndWrapUp()
    {
        var rejection = Sample.Finished();

        Assert.Equal(2, rejection.MoodBefore);
        Assert.Equal(4, rejection.MoodAfter);
    }

    [Fact]
    public void MoodsAreNullWhenThoseStepsAreNotWritten()
    {
        var rejection = Sample.Rejection();
        rejection.Entries = [Sample.Entry(ReflectionStep.Feedback, "Asked.")];

        Assert.Null(rejection.MoodBefore);
        Assert.Null(rejection.MoodAfter);
    }

    [Fact]
    public void ANewRejectionHasNoStepsDone()
    {
        var rejection = Sample.Rejection();

        Assert.Equal(0, rejection.StepsDone);
        Assert.False(rejection.IsFinished);
    }

    [Fact]
    public void StepsDoneCountsOnlyCompleteSteps()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Sample.Entry(ReflectionStep.CheckIn, mood: 1),
            Sample.Entry(ReflectionStep.Feedback, "Asked."),
            Sample.Entry(ReflectionStep.Priorities, "   "),
            Sample.Entry(ReflectionStep.WrapUp, "No takeaway yet.", mood: 3),
        ];

        Assert.Equal(2, rejection.StepsDone);
        Assert.False(rejection.IsFinished);
    }

    [Fact]
    public void AReflectionIsFinishedWhenAllSixStepsAreComplete()
    {
        var rejection = Sample.Finished();

        Assert.Equal(6, rejection.StepsDone);
        Assert.True(rejection.IsFinished);
    }

    [Fact]
    public void EntryForFindsTheEntryOfAStep()
    {
        var rejection = Sample.Finished();

        Assert.Equal("System design first.", rejection.EntryFor(ReflectionStep.Priorities)?.Text);
        Assert.Null(Sample.Rejection().EntryFor(ReflectionStep.Priorities));
    }
}
