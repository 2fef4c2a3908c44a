using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections;

public sealed class StepAnswerTests
{
    public static TheoryData<ReflectionStep> MiddleSteps() =>
        new(ReflectionStep.Feedback, ReflectionStep.Priorities, ReflectionStep.Experience, ReflectionStep.RoleFit);

    public static TheoryData<ReflectionStep> StepsWithTools() => SampleTools.StepsWithTools();

    [Fact]
    public void AnEmptyAnswerIsValidOnEveryStep()
    {
        Assert.All(Enum.GetValues<ReflectionStep>(), step => Assert.Empty(StepAnswer.Empty.Validate(step)));
    }

    [Fact]
    public void AHundredThousandCharacterEntryIsValid()
    {
        var answer = new StepAnswer(new string('a', 100_000));

        Assert.Empty(answer.Validate(ReflectionStep.Experience));
    }

    [Fact]
    public void AnEntryAtTheMaximumLengthIsValid()
    {
        var answer = new StepAnswer(new string('a', StepAnswer.MaxTextLength));

        Assert.Empty(answer.Validate(ReflectionStep.Feedback));
    }

    [Fact]
    public void AnEntryAboveTheMaximumLengthIsInvalid()
    {
        var answer = new StepAnswer(new string('a', StepAnswer.MaxTextLength + 1));

        Assert.Equal([nameof(StepAnswer.Text)], answer.Validate(ReflectionStep.Feedback).Keys);
    }

    [Theory]
    [InlineData(ReflectionStep.CheckIn, 1)]
    [InlineData(ReflectionStep.CheckIn, 5)]
    [InlineData(ReflectionStep.WrapUp, 1)]
    [InlineData(ReflectionStep.WrapUp, 5)]
    public void AMoodFromOneToFiveIsValidAtCheckInAndWrapUp(ReflectionStep step, int mood)
    {
        Assert.Empty(new StepAnswer("", mood).Validate(step));
    }

    [Theory]
    [InlineData(ReflectionStep.CheckIn, 0)]
    [InlineData(ReflectionStep.CheckIn, 6)]
    [InlineData(ReflectionStep.WrapUp, -3)]
    [InlineData(ReflectionStep.WrapUp, int.MaxValue)]
    public void AMoodOutsideOneToFiveIsInvalid(ReflectionStep step, int mood)
    {
        Assert.Equal([nameof(StepAnswer.Mood)], new StepAnswer("", mood).Validate(step).Keys);
    }

    [Theory]
    [MemberData(nameof(MiddleSteps))]
    public void AMoodOnAMiddleStepIsInvalid(ReflectionStep step)
    {
        Assert.Equal([nameof(StepAnswer.Mood)], new StepAnswer("Text", 3).Validate(step).Keys);
    }

    [Fact]
    public void ATakeawayIsValidOnTheWrapUp()
    {
        Assert.Empty(new StepAnswer("", 4, "Keep going.", new DateOnly(2025, 6, 1)).Validate(ReflectionStep.WrapUp));
    }

    [Theory]
    [InlineData(ReflectionStep.CheckIn)]
    [InlineData(ReflectionStep.Feedback)]
    [InlineData(ReflectionStep.RoleFit)]
    public void ATakeawayOnAnyOtherStepIsInvalid(ReflectionStep step)
    {
        Assert.Equal([nameof(StepAnswer.Takeaway)], new StepAnswer("", Takeaway: "Keep going.").Validate(step).Keys);
    }

    [Fact]
    public void ATakeawayAtTheMaximumLengthIsValid()
    {
        var answer = new StepAnswer("", Takeaway: new string('t', StepAnswer.MaxTakeawayLength));

        Assert.Empty(answer.Validate(ReflectionStep.WrapUp));
    }

    [Fact]
    public void ATakeawayAboveTheMaximumLengthIsInvalid()
    {
        var answer = new StepAnswer("", Takeaway: new string('t', StepAnswer.MaxTakeawayLength + 1));

        Assert.Equal([nameof(StepAnswer.Takeaway)], answer.Validate(ReflectionStep.WrapUp).Keys);
    }

    [Theory]
    [InlineData("First line\nsecond line")]
    [InlineData("First line\r\nsecond line")]
    [InlineData("First line\rsecond line")]
    public void ATakeawayOverSeveralLinesIsInvalid(string takeaway)
    {
        var answer = new StepAnswer("", Takeaway: takeaway);

        Assert.Equal([nameof(StepAnswer.Takeaway)], answer.Validate(ReflectionStep.WrapUp).Keys);
    }

    [Theory]
    [InlineData(ReflectionStep.CheckIn)]
    [InlineData(ReflectionStep.Experience)]
    public void ARevisitDateOnAnyStepButTheWrapUpIsInvalid(ReflectionStep step)
    {
        var answer = new StepAnswer("", RevisitOn: new DateOnly(2025, 6, 1));

        Assert.Equal([nameof(StepAnswer.RevisitOn)], answer.Validate(step).Keys);
    }

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public void AFilledToolOfTheSameStepIsValid(ReflectionStep step)
    {
        Assert.Empty(new StepAnswer("", Data: SampleTools.Filled(step)).Validate(step));
    }

    [Theory]
    [InlineData(ReflectionStep.CheckIn, ReflectionStep.Feedback)]
    [InlineData(ReflectionStep.Priorities, ReflectionStep.Experience)]
    [InlineData(ReflectionStep.WrapUp, ReflectionStep.RoleFit)]
    public void AToolOfAnotherStepIsAnErrorOnData(ReflectionStep step, ReflectionStep toolStep)
    {
        var answer = new StepAnswer("Text", Data: SampleTools.Filled(toolStep));

        Assert.Equal([nameof(StepAnswer.Data)], answer.Validate(step).Keys);
    }

    [Fact]
    public void AToolOfAnotherStepIsNotValidatedItself()
    {
        var answer = new StepAnswer("", Data: new PrioritiesData { Changes = [new CandidateChange { Impact = 9 }] });

        Assert.Equal([nameof(StepAnswer.Data)], answer.Validate(ReflectionStep.Feedback).Keys);
    }

    [Fact]
    public void ToolErrorsAreMergedWithTheAnswersOwnErrors()
    {
        var change = new CandidateChange { Title = new string('t', StepData.MaxTextLength + 1), Impact = 0 };
        var answer = new StepAnswer(new string('a', StepAnswer.MaxTextLength + 1), Data: new PrioritiesData { Changes = [change] });

        var errors = answer.Validate(ReflectionStep.Priorities);

        Assert.Equal(
            [
                nameof(StepAnswer.Text),
                ToolErrors.Key(PrioritiesData.ChangesList, change.Id, nameof(CandidateChange.Title)),
                ToolErrors.Key(PrioritiesData.ChangesList, change.Id, nameof(CandidateChange.Impact)),
            ],
            errors.Keys);
        Assert.Contains("1 to 5", errors[ToolErrors.Key(PrioritiesData.ChangesList, change.Id, nameof(CandidateChange.Impact))], StringComparison.Ordinal);
    }

    [Fact]
    public void AListOverTheLimitIsReportedUnderTheListName()
    {
        var answer = new StepAnswer("", Data: new WrapUpData { OtherGroups = Enumerable.Range(0, 51).Select(_ => new TextItem()).ToList() });

        Assert.Equal([WrapUpData.OtherGroupsList], answer.Validate(ReflectionStep.WrapUp).Keys);
    }
}
