using Rejected.Core.Insights;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Tests.Insights;

public sealed class InsightsCalculatorTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    [Fact]
    public void NoRejectionsGiveAnEmptyReport()
    {
        var report = Calculate([], [], []);

        Assert.True(report.IsEmpty);
        Assert.Equal(0, report.RejectionCount);
        Assert.All(report.Categories, c => Assert.Equal(0, c.RejectionCount));
        Assert.Empty(report.Themes);
        Assert.Empty(report.Stages);
        Assert.Empty(report.Mood.Pairs);
        Assert.Null(report.Mood.AverageBefore);
        Assert.Null(report.Mood.AverageAfter);
        Assert.Equal(0, report.Actions.Total);
        Assert.Null(report.Actions.PercentDone);
        Assert.Null(report.TimeToFinish.MedianDays);
        Assert.Equal(0, report.TimeToFinish.Finished);
        Assert.Equal(0, report.TimeToFinish.Unfinished);
    }

    [Fact]
    public void ARejectionWithNothingElseIsNotEmpty()
    {
        var report = Calculate([Facts(1)], [], []);

        Assert.False(report.IsEmpty);
        Assert.Equal(1, report.RejectionCount);
    }

    [Fact]
    public void EveryCategoryIsListedEvenWhenNeverUsed()
    {
        var categories = Categories([]);

        Assert.Equal(Enum.GetValues<FeedbackCategory>(), categories.Select(c => c.Value));
        Assert.All(categories, c =>
        {
            Assert.Equal(0, c.RejectionCount);
            Assert.False(c.IsRecurring);
        });
    }

    [Fact]
    public void CategoriesCountRejectionsNotFeedbackItems()
    {
        var categories = Categories(
        [
            Said(1, FeedbackCategory.Communication, "Rambled."),
            Said(1, FeedbackCategory.Communication, "Too long on each answer."),
            Said(1, FeedbackCategory.Communication, "Rambled again."),
        ]);

        Assert.Equal(1, Count(categories, FeedbackCategory.Communication));
        Assert.False(categories.Single(c => c.Value == FeedbackCategory.Communication).IsRecurring);
    }

    [Fact]
    public void CategoriesAreSortedByHowManyRejectionsUsedThemThenInEnumOrder()
    {
        var categories = Categories(
        [
            Said(1, FeedbackCategory.Communication, "a"),
            Said(2, FeedbackCategory.Communication, "b"),
            Said(3, FeedbackCategory.Communication, "c"),
            Said(1, FeedbackCategory.SkillSet, "d"),
            Said(2, FeedbackCategory.SkillSet, "e"),
            Said(3, FeedbackCategory.Other, "f"),
            Said(4, null, "g"),
        ]);

        Assert.Equal(
            [
                (FeedbackCategory.Communication, 3),
                (FeedbackCategory.SkillSet, 2),
                (FeedbackCategory.Other, 1),
                (FeedbackCategory.Experience, 0),
                (FeedbackCategory.AbilityToDoTheJob, 0),
            ],
            categories.Select(c => (c.Value, c.RejectionCount)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(5, true)]
    public void AnythingIsRecurringFromTwoRejections(int count, bool recurring)
    {
        Assert.Equal(recurring, new Recurrence<string>("x", count).IsRecurring);
    }

    [Fact]
    public void AThemeHeardInOneRejectionOnlyIsNotListed()
    {
        var themes = Themes(
        [
            Said(1, null, "testing"),
            Said(1, null, "testing, again"),
            Said(2, null, "ownership"),
        ]);

        Assert.Empty(themes);
    }

    [Fact]
    public void AThemeHeardInTwoRejectionsIsListedWithItsCount()
    {
        var themes = Themes(
        [
            Said(1, null, "More testing"),
            Said(2, null, "Testing was thin"),
            Said(2, null, "and testing again"),
        ]);

        var theme = Assert.Single(themes);
        Assert.Equal(new Recurrence<string>("testing", 2), theme);
        Assert.True(theme.IsRecurring);
    }

    [Fact]
    public void AWordOnlyHeardInsideARecurringPhraseIsHiddenBehindIt()
    {
        var themes = Themes(
        [
            Said(1, null, "System design was weak"),
            Said(2, null, "Practise system design"),
        ]);

        Assert.Equal([new Recurrence<string>("system design", 2)], themes);
    }

    [Fact]
    public void AWordHeardMoreWidelyThanItsPhraseIsKept()
    {
        var themes = Themes(
        [
            Said(1, null, "System design was weak"),
            Said(2, null, "Practise system design"),
            Said(3, null, "Design documents"),
        ]);

        Assert.Equal(
            [new Recurrence<string>("design", 3), new Recurrence<string>("system design", 2)],
            themes);
    }

    [Fact]
    public void ThemesAreSortedByCountThenPhrasesFirstThenAlphabetically()
    {
        var themes = Themes(
        [
            Said(1, null, "zeal"), Said(2, null, "zeal"), Said(3, null, "zeal"),
            Said(1, null, "beta"), Said(2, null, "beta"),
            Said(1, null, "alpha"), Said(2, null, "alpha"),
            Said(1, null, "code review"), Said(2, null, "code review"), Said(3, null, "code"),
        ]);

        Assert.Equal(
            ["code", "zeal", "code review", "alpha", "beta"],
            themes.Select(t => t.Value));
    }

    [Fact]
    public void AtMostMaxThemesAreListedKeepingTheMostWidespread()
    {
        var words = Enumerable.Range(0, 20).Select(i => "word" + (char)('a' + i)).ToList();
        var feedback = words.SelectMany(w => new[] { Said(1, null, w), Said(2, null, w) })
            .Append(Said(3, null, "wordt"))
            .ToList();

        var themes = Themes([.. feedback]);

        Assert.Equal(InsightsCalculator.MaxThemes, themes.Count);
        Assert.Equal(12, InsightsCalculator.MaxThemes);
        Assert.Equal("wordt", themes[0].Value);
        Assert.Equal(words.Take(11), themes.Skip(1).Select(t => t.Value));
    }

    [Fact]
    public void ThemesFromTheFirstCountsOnlyMatchThemesFromAllOfThem()
    {
        // 30 recurring phrases, each hiding its two words, then 30 words heard once fewer.
        var feedback = Enumerable.Range(0, 30)
            .SelectMany(i => new[] { Said(1, null, $"alpha{i} beta{i}"), Said(2, null, $"alpha{i} beta{i}"), Said(3, null, $"alpha{i} beta{i}") })
            .Concat(Enumerable.Range(0, 30).SelectMany(i => new[] { Said(4, null, $"gamma{i}"), Said(5, null, $"gamma{i}") }))
            .ToArray();
        var ordered = InsightsCalculator.ThemeOrder(InsightTallies.Count(feedback, []).Themes).ToList();

        var fromAll = InsightsCalculator.Themes(ordered);
        var fromFirst = InsightsCalculator.Themes(ordered.Take(InsightsCalculator.MaxThemes * 3));

        Assert.Equal(fromAll, fromFirst);
        Assert.All(fromAll, t => Assert.True(InsightsCalculator.IsPhrase(t.Value)));
    }

    [Fact]
    public void ThemeCountsCountRejectionsNotFeedbackItems()
    {
        var tallies = InsightTallies.Count(
            [Said(1, null, "testing"), Said(1, null, "unit testing"), Said(2, null, "Testing")],
            []);

        Assert.Equal(2, tallies.Themes.Single(t => t.Value == "testing").RejectionCount);
        Assert.Equal(1, tallies.Themes.Single(t => t.Value == "unit testing").RejectionCount);
    }

    [Fact]
    public void StagesAreInDateOrderUsingTheRecordedDayWhenTheDecisionDateIsUnknown()
    {
        var stages = InsightsCalculator.Stages(
        [
            Facts(1, InterviewStage.FinalLoop, decidedOn: Day.AddDays(10)),
            Facts(2, InterviewStage.Application, decidedOn: null, recordedOn: Day.AddDays(5)),
            Facts(3, InterviewStage.TechnicalScreen, decidedOn: Day),
            Facts(4, stage: null, decidedOn: Day.AddDays(1)),
            Facts(5, InterviewStage.TakeHome, decidedOn: Day.AddDays(10)),
        ]);

        Assert.Equal(
            [
                new StagePoint(3, Day, InterviewStage.TechnicalScreen),
                new StagePoint(2, Day.AddDays(5), InterviewStage.Application),
                new StagePoint(1, Day.AddDays(10), InterviewStage.FinalLoop),
                new StagePoint(5, Day.AddDays(10), InterviewStage.TakeHome),
            ],
            stages);
    }

    [Fact]
    public void TheDateOfARejectionIsItsDecisionDateElseTheDayItWasRecorded()
    {
        Assert.Equal(Day, Facts(1, decidedOn: Day, recordedOn: Day.AddDays(3)).Date);
        Assert.Equal(Day.AddDays(3), Facts(1, decidedOn: null, recordedOn: Day.AddDays(3)).Date);
    }

    [Fact]
    public void MoodAveragesAreRoundedToOneDecimal()
    {
        var mood = InsightsCalculator.Mood(
        [
            Facts(1, before: 1, after: 4),
            Facts(2, before: 2, after: 4),
            Facts(3, before: 2, after: 5),
        ]);

        Assert.Equal(1.7, mood.AverageBefore);
        Assert.Equal(4.3, mood.AverageAfter);
    }

    [Fact]
    public void MoodAveragesUseEveryMoodGivenEvenWithoutItsPair()
    {
        var mood = InsightsCalculator.Mood(
        [
            Facts(1, before: 1, after: null),
            Facts(2, before: 4, after: 5),
            Facts(3, before: null, after: 2),
            Facts(4),
        ]);

        Assert.Equal(2.5, mood.AverageBefore);
        Assert.Equal(3.5, mood.AverageAfter);
        Assert.Equal([new MoodPair(2, Day, 4, 5)], mood.Pairs);
    }

    [Fact]
    public void MoodAveragesAreNullWithoutAnyMood()
    {
        var mood = InsightsCalculator.Mood([Facts(1), Facts(2, before: 3)]);

        Assert.Equal(3.0, mood.AverageBefore);
        Assert.Null(mood.AverageAfter);
        Assert.Empty(mood.Pairs);
        Assert.Equal((0, 0, 0), (mood.Lighter, mood.Same, mood.Heavier));
    }

    [Fact]
    public void EachPairIsLighterTheSameOrHeavierAfterTheReflection()
    {
        var mood = InsightsCalculator.Mood(
        [
            Facts(1, before: 2, after: 4),
            Facts(2, before: 1, after: 2),
            Facts(3, before: 3, after: 3),
            Facts(4, before: 4, after: 1),
        ]);

        Assert.Equal(2, mood.Lighter);
        Assert.Equal(1, mood.Same);
        Assert.Equal(1, mood.Heavier);
    }

    [Fact]
    public void MoodPairsAreInDateOrder()
    {
        var mood = InsightsCalculator.Mood(
        [
            Facts(1, decidedOn: Day.AddDays(9), before: 1, after: 2),
            Facts(2, decidedOn: null, recordedOn: Day.AddDays(4), before: 3, after: 3),
            Facts(3, decidedOn: Day, before: 5, after: 4),
        ]);

        Assert.Equal([3, 2, 1], mood.Pairs.Select(p => p.RejectionId));
        Assert.Equal(Day.AddDays(4), mood.Pairs[1].Date);
    }

    [Fact]
    public void ActionsAreCountedByStatus()
    {
        var actions = Actions(
        [
            Action(1, ActionStatus.Planned),
            Action(1, ActionStatus.Planned),
            Action(2, ActionStatus.InProgress),
            Action(2, ActionStatus.Done),
            Action(3, ActionStatus.Done),
            Action(3, ActionStatus.Done),
            Action(3, ActionStatus.Dropped),
        ]);

        Assert.Equal(new ActionSummary(Planned: 2, InProgress: 1, Done: 3, Dropped: 1), actions);
        Assert.Equal(7, actions.Total);
    }

    [Theory]
    [InlineData(1, 1, 1, 5, 33)]
    [InlineData(0, 1, 2, 0, 67)]
    [InlineData(0, 0, 4, 9, 100)]
    [InlineData(3, 0, 0, 0, 0)]
    [InlineData(1, 0, 1, 0, 50)]
    public void PercentDoneLeavesDroppedActionsOut(int planned, int inProgress, int done, int dropped, int percent)
    {
        Assert.Equal(percent, new ActionSummary(planned, inProgress, done, dropped).PercentDone);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void PercentDoneIsNullWhenNothingIsLeftToCount(int dropped)
    {
        Assert.Null(new ActionSummary(0, 0, 0, dropped).PercentDone);
    }

    [Fact]
    public void TimeToFinishCountsDaysFromTheRejectionToTheFinishedReflection()
    {
        var finish = InsightsCalculator.TimeToFinish(
        [
            Facts(1, decidedOn: Day, finishedOn: Day.AddDays(9)),
            Facts(2, decidedOn: null, recordedOn: Day.AddDays(2), finishedOn: Day.AddDays(3)),
            Facts(3, decidedOn: Day, finishedOn: Day.AddDays(5)),
            Facts(4, decidedOn: Day),
        ]);

        Assert.Equal(3, finish.Finished);
        Assert.Equal(1, finish.Unfinished);
        Assert.Equal([1, 5, 9], finish.Days);
        Assert.Equal(5.0, finish.MedianDays);
    }

    [Fact]
    public void TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo()
    {
        var finish = InsightsCalculator.TimeToFinish(
        [
            Facts(1, decidedOn: Day, finishedOn: Day.AddDays(10)),
            Facts(2, decidedOn: Day, finishedOn: Day.AddDays(1)),
            Facts(3, decidedOn: Day, finishedOn: Day.AddDays(4)),
            Facts(4, decidedOn: Day, finishedOn: Day.AddDays(2)),
        ]);

        Assert.Equal([1, 2, 4, 10], finish.Days);
        Assert.Equal(3.0, finish.MedianDays);
    }

    [Fact]
    public void TheMedianOfTwoCanBeHalfADay()
    {
        var finish = InsightsCalculator.TimeToFinish(
        [
            Facts(1, decidedOn: Day, finishedOn: Day.AddDays(1)),
            Facts(2, decidedOn: Day, finishedOn: Day.AddDays(2)),
        ]);

        Assert.Equal(1.5, finish.MedianDays);
    }

    [Fact]
    public void AReflectionFinishedBeforeTheDecisionDateTakesZeroDaysNotANegativeNumber()
    {
        var finish = InsightsCalculator.TimeToFinish([Facts(1, decidedOn: Day.AddDays(7), finishedOn: Day)]);

        Assert.Equal([0], finish.Days);
        Assert.Equal(0.0, finish.MedianDays);
    }

    [Fact]
    public void TheMedianIsNullWhenNothingIsFinished()
    {
        var finish = InsightsCalculator.TimeToFinish([Facts(1), Facts(2)]);

        Assert.Equal(0, finish.Finished);
        Assert.Equal(2, finish.Unfinished);
        Assert.Empty(finish.Days);
        Assert.Null(finish.MedianDays);
    }

    [Fact]
    public void CalculateBringsEveryPartTogether()
    {
        var report = Calculate(
            [
                Facts(1, InterviewStage.FinalLoop, decidedOn: Day, finishedOn: Day.AddDays(4), before: 2, after: 4),
                Facts(2, InterviewStage.TakeHome, decidedOn: Day.AddDays(1), before: 3),
            ],
            [Said(1, FeedbackCategory.Communication, "Clearer answers"), Said(2, FeedbackCategory.Communication, "clearer answers please")],
            [Action(1, ActionStatus.Done), Action(2, ActionStatus.Planned)]);

        Assert.Equal(2, report.RejectionCount);
        Assert.Equal((FeedbackCategory.Communication, 2), (report.Categories[0].Value, report.Categories[0].RejectionCount));
        Assert.Equal([new Recurrence<string>("clearer answers", 2)], report.Themes);
        Assert.Equal([1, 2], report.Stages.Select(s => s.RejectionId));
        Assert.Equal(2.5, report.Mood.AverageBefore);
        Assert.Equal(1, report.Mood.Lighter);
        Assert.Equal(50, report.Actions.PercentDone);
        Assert.Equal(4.0, report.TimeToFinish.MedianDays);
        Assert.Equal([4], report.TimeToFinish.Days);
    }

    private static RejectionFacts Facts(
        int id,
        InterviewStage? stage = null,
        DateOnly? decidedOn = null,
        DateOnly? recordedOn = null,
        DateOnly? finishedOn = null,
        int? before = null,
        int? after = null) =>
        new(id, stage, decidedOn, recordedOn ?? Day, finishedOn, before, after);

    private static InsightsReport Calculate(RejectionFacts[] rejections, FeedbackFact[] feedback, ActionFact[] actions) =>
        InsightsCalculator.Calculate(new InsightInput(rejections, InsightTallies.Count(feedback, actions)));

    private static IReadOnlyList<Recurrence<FeedbackCategory>> Categories(FeedbackFact[] feedback) =>
        InsightsCalculator.Categories(InsightTallies.Count(feedback, []).Categories);

    private static IReadOnlyList<Recurrence<string>> Themes(FeedbackFact[] feedback) =>
        InsightsCalculator.Themes(InsightsCalculator.ThemeOrder(InsightTallies.Count(feedback, []).Themes));

    private static ActionSummary Actions(ActionFact[] actions) => InsightsCalculator.Actions(InsightTallies.Count([], actions).Actions);

    private static FeedbackFact Said(int rejectionId, FeedbackCategory? category, string said) => new(rejectionId, category, said);

    private static ActionFact Action(int rejectionId, ActionStatus status) => new(rejectionId, status);

    private static int Count(IEnumerable<Recurrence<FeedbackCategory>> categories, FeedbackCategory category) =>
        categories.Single(c => c.Value == category).RejectionCount;
}
