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

    [Fact]
    public void RevisitsAreTheRevisitNotesOldestFirst()
    {
        var rejection = Sample.Finished();
        var march = new DateTimeOffset(2025, 3, 20, 8, 0, 0, TimeSpan.Zero);
        rejection.Entries.AddRange(
        [
            Sample.Revisit("Third.", march.AddDays(60), id: 10),
            Sample.Revisit("First.", march, id: 12),
            Sample.Revisit("Second.", march.AddDays(30), id: 11),
        ]);

        Assert.Equal(["First.", "Second.", "Third."], rejection.Revisits.Select(r => r.Text));
    }

    [Fact]
    public void RevisitsWrittenAtTheSameMomentKeepTheOrderTheyWereSaved()
    {
        var rejection = Sample.Rejection();
        var at = new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero);
        rejection.Entries = [Sample.Revisit("Later id.", at, id: 8), Sample.Revisit("Earlier id.", at, id: 3)];

        Assert.Equal(["Earlier id.", "Later id."], rejection.Revisits.Select(r => r.Text));
    }

    [Fact]
    public void RevisitsOrderByTheInstantNotTheLocalClock()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Sample.Revisit("Written second.", new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.FromHours(2)), id: 1),
            Sample.Revisit("Written first.", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(5)), id: 2),
        ];

        Assert.Equal(["Written first.", "Written second."], rejection.Revisits.Select(r => r.Text));
    }

    [Fact]
    public void AReflectionWithoutNotesHasNoRevisits()
    {
        Assert.Empty(Sample.Finished().Revisits);
    }

    [Fact]
    public void RevisitNotesDoNotCountAsSteps()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Sample.Entry(ReflectionStep.CheckIn, mood: 2),
            Sample.Revisit("Came back.", Sample.CreatedAt.AddDays(30), id: 1),
            Sample.Revisit("Came back again.", Sample.CreatedAt.AddDays(60), id: 2),
        ];

        Assert.Equal(1, rejection.StepsDone);
        Assert.False(rejection.IsFinished);
        Assert.Equal(6, Sample.Finished().StepsDone);
    }

    [Fact]
    public void RevisitNotesDoNotChangeTheMoods()
    {
        var rejection = Sample.Finished();
        var note = Sample.Revisit("Better now.", Sample.CreatedAt.AddDays(30));
        note.Mood = 5;
        rejection.Entries.Insert(0, note);

        Assert.Equal(2, rejection.MoodBefore);
        Assert.Equal(4, rejection.MoodAfter);
    }

    [Fact]
    public void RevisitOnIsTheWrapUpsRevisitDate()
    {
        Assert.Equal(new DateOnly(2025, 6, 1), Sample.Finished().RevisitOn);
    }

    [Fact]
    public void RevisitOnIsNullWithoutAWrapUpOrItsDate()
    {
        var rejection = Sample.Rejection();
        Assert.Null(rejection.RevisitOn);

        rejection.Entries = [Sample.Entry(ReflectionStep.WrapUp, "Done.", takeaway: "Onwards.")];
        Assert.Null(rejection.RevisitOn);
    }
}
