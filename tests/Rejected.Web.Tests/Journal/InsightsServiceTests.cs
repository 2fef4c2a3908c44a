using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

public sealed class InsightsServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ReflectionService reflections;
    private readonly InsightsService insights;
    private readonly string alice;
    private readonly string bob;

    public InsightsServiceTests()
    {
        reflections = new ReflectionService(database.Factory, clock);
        insights = new InsightsService(database.Factory);
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ANewUserHasAnEmptyReport()
    {
        var report = await insights.GetAsync(alice);

        Assert.True(report.IsEmpty);
        Assert.Equal(0, report.RejectionCount);
        Assert.Empty(report.Themes);
        Assert.Empty(report.Stages);
        Assert.All(report.Categories, c => Assert.Equal(0, c.RejectionCount));
        Assert.Equal(0, report.Actions.Total);
        Assert.Equal((0, 0), (report.TimeToFinish.Finished, report.TimeToFinish.Unfinished));
    }

    [Fact]
    public async Task AThemeInTheFeedbackOfTwoReflectionsIsRecurring()
    {
        var first = await CreateAsync(alice, "Contoso");
        await SaveFeedbackAsync(alice, first, ("More system design depth, please.", FeedbackCategory.SkillSet));
        var second = await CreateAsync(alice, "Fabrikam");
        await SaveFeedbackAsync(alice, second, ("System design was shallow.", FeedbackCategory.SkillSet), ("Great energy.", FeedbackCategory.Communication));
        var third = await CreateAsync(alice, "Northwind");
        await SaveFeedbackAsync(alice, third, ("Needs kubernetes experience.", FeedbackCategory.Experience));

        var report = await insights.GetAsync(alice);

        var theme = Assert.Single(report.Themes);
        Assert.Equal("system design", theme.Value);
        Assert.Equal(2, theme.RejectionCount);
        Assert.True(theme.IsRecurring);
        var skills = report.Categories.Single(c => c.Value == FeedbackCategory.SkillSet);
        Assert.Equal(2, skills.RejectionCount);
        Assert.True(skills.IsRecurring);
        Assert.Equal(FeedbackCategory.SkillSet, report.Categories[0].Value);
        Assert.Equal(1, report.Categories.Single(c => c.Value == FeedbackCategory.Communication).RejectionCount);
        Assert.False(report.Categories.Single(c => c.Value == FeedbackCategory.Experience).IsRecurring);
    }

    [Fact]
    public async Task ThemeHeardTwiceInOneReflectionIsNotRecurring()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveFeedbackAsync(alice, id, ("System design depth.", FeedbackCategory.SkillSet), ("More system design.", FeedbackCategory.SkillSet));

        var report = await insights.GetAsync(alice);

        Assert.Empty(report.Themes);
        Assert.Equal(1, report.Categories.Single(c => c.Value == FeedbackCategory.SkillSet).RejectionCount);
    }

    [Fact]
    public async Task AnotherUsersDataIsNeverCounted()
    {
        var mine = await CreateAsync(alice, "Contoso", InterviewStage.FinalLoop);
        await SaveFeedbackAsync(alice, mine, ("System design depth.", FeedbackCategory.SkillSet));
        var bobs = await CreateAsync(bob, "Bobcorp", InterviewStage.TakeHome);
        await SaveFeedbackAsync(bob, bobs, ("System design again.", FeedbackCategory.SkillSet));
        await reflections.SaveStepAsync(bob, bobs, ReflectionStep.CheckIn, new StepAnswer("", Mood: 1), 0);
        await reflections.SaveStepAsync(bob, bobs, ReflectionStep.Experience, new StepAnswer("", Data: SampleTools.Experience()), 0);

        var report = await insights.GetAsync(alice);

        Assert.Equal(1, report.RejectionCount);
        Assert.Empty(report.Themes);
        Assert.Equal(1, report.Categories.Single(c => c.Value == FeedbackCategory.SkillSet).RejectionCount);
        Assert.Equal([mine], report.Stages.Select(s => s.RejectionId));
        Assert.Null(report.Mood.AverageBefore);
        Assert.Equal(0, report.Actions.Total);
    }

    [Fact]
    public async Task StagesComeInDateOrderAndSkipRejectionsWithoutOne()
    {
        var later = await CreateAsync(alice, "Later", InterviewStage.FinalLoop, new DateOnly(2026, 3, 1));
        var earlier = await CreateAsync(alice, "Earlier", InterviewStage.RecruiterScreen, new DateOnly(2026, 1, 5));
        await CreateAsync(alice, "No stage", null, new DateOnly(2026, 2, 1));

        var report = await insights.GetAsync(alice);

        Assert.Equal([(earlier, InterviewStage.RecruiterScreen), (later, InterviewStage.FinalLoop)], report.Stages.Select(s => (s.RejectionId, s.Stage)));
        Assert.Equal(new DateOnly(2026, 1, 5), report.Stages[0].Date);
    }

    [Fact]
    public async Task MoodsBeforeAndAfterAreAveragedAndCompared()
    {
        var lighter = await CreateAsync(alice, "Lighter");
        await SaveAsync(alice, lighter, ReflectionStep.CheckIn, new StepAnswer("", Mood: 1));
        await SaveAsync(alice, lighter, ReflectionStep.WrapUp, new StepAnswer("", Mood: 4));
        var heavier = await CreateAsync(alice, "Heavier");
        await SaveAsync(alice, heavier, ReflectionStep.CheckIn, new StepAnswer("", Mood: 3));
        await SaveAsync(alice, heavier, ReflectionStep.WrapUp, new StepAnswer("", Mood: 2));
        var onlyBefore = await CreateAsync(alice, "Only before");
        await SaveAsync(alice, onlyBefore, ReflectionStep.CheckIn, new StepAnswer("", Mood: 2));

        var mood = (await insights.GetAsync(alice)).Mood;

        Assert.Equal(2.0, mood.AverageBefore);
        Assert.Equal(3.0, mood.AverageAfter);
        Assert.Equal(2, mood.Pairs.Count);
        Assert.Equal((1, 0, 1), (mood.Lighter, mood.Same, mood.Heavier));
    }

    [Fact]
    public async Task ActionsAreCountedByStatusAndBlankOnesAreLeftOut()
    {
        var id = await CreateAsync(alice, "Contoso");
        var experience = SampleTools.Experience();
        experience.Actions.Add(new GrowthAction { What = "  ", Status = ActionStatus.Done });
        experience.Actions.Add(new GrowthAction { What = "Ship the feature", Status = ActionStatus.Done });
        await SaveAsync(alice, id, ReflectionStep.Experience, new StepAnswer("", Data: experience));

        var actions = (await insights.GetAsync(alice)).Actions;

        Assert.Equal((0, 1, 1, 1), (actions.Planned, actions.InProgress, actions.Done, actions.Dropped));
        Assert.Equal(50, actions.PercentDone);
    }

    [Fact]
    public async Task TimeToFinishRunsFromTheDecisionToTheFirstFinish()
    {
        var finished = await CreateAsync(alice, "Finished", decidedOn: new DateOnly(2026, 3, 10));
        await CompleteEveryStepAsync(alice, finished);
        await CreateAsync(alice, "Open", decidedOn: new DateOnly(2026, 3, 1));

        var finish = (await insights.GetAsync(alice)).TimeToFinish;

        Assert.Equal((1, 1), (finish.Finished, finish.Unfinished));
        Assert.Equal([5], finish.Days);
        Assert.Equal(5.0, finish.MedianDays);
    }

    [Fact]
    public async Task LongJournalTextDoesNotChangeTheReport()
    {
        // Insights read facts and tools only; pages of journal text around them change nothing.
        var id = await CreateAsync(alice, "Contoso", InterviewStage.TechnicalScreen, new DateOnly(2026, 2, 1));
        var longText = SampleText.Long(150_000);
        await SaveAsync(alice, id, ReflectionStep.CheckIn, new StepAnswer(longText, Mood: 2));
        await SaveFeedbackAsync(alice, id, longText, ("System design depth.", FeedbackCategory.SkillSet));
        await SaveAsync(alice, id, ReflectionStep.Priorities, new StepAnswer(longText));
        await SaveAsync(alice, id, ReflectionStep.Experience, new StepAnswer(longText, Data: SampleTools.Experience()));
        await SaveAsync(alice, id, ReflectionStep.RoleFit, new StepAnswer(longText));
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer(longText, Mood: 5, Takeaway: "Done."));
        var other = await CreateAsync(alice, "Fabrikam", InterviewStage.FinalLoop, new DateOnly(2026, 3, 1));
        await SaveFeedbackAsync(alice, other, longText, ("Shallow system design.", FeedbackCategory.SkillSet));

        var report = await insights.GetAsync(alice);

        Assert.Equal(2, report.RejectionCount);
        Assert.Equal("system design", Assert.Single(report.Themes).Value);
        Assert.Equal((2.0, 5.0), (report.Mood.AverageBefore, report.Mood.AverageAfter));
        Assert.Equal(2, report.Actions.Total);
        Assert.Equal(1, report.TimeToFinish.Finished);
        Assert.Equal([InterviewStage.TechnicalScreen, InterviewStage.FinalLoop], report.Stages.Select(s => s.Stage));
    }

    private async Task<int> CreateAsync(string userId, string company, InterviewStage? stage = null, DateOnly? decidedOn = null)
    {
        var result = await reflections.CreateAsync(userId, new RejectionDetails
        {
            Company = company,
            RoleTitle = "Backend Engineer",
            Stage = stage,
            DecidedOn = decidedOn,
        });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private Task SaveFeedbackAsync(string userId, int id, params (string Said, FeedbackCategory Category)[] items) =>
        SaveFeedbackAsync(userId, id, "", items);

    private async Task SaveFeedbackAsync(string userId, int id, string text, params (string Said, FeedbackCategory Category)[] items)
    {
        var data = new FeedbackData { Received = [.. items.Select(i => new FeedbackItem { Said = i.Said, Category = i.Category })] };
        await SaveAsync(userId, id, ReflectionStep.Feedback, new StepAnswer(text, Data: data));
    }

    private async Task CompleteEveryStepAsync(string userId, int id)
    {
        foreach (var guide in StepGuide.All)
        {
            var answer = guide.Step switch
            {
                ReflectionStep.CheckIn => new StepAnswer("", Mood: 2),
                ReflectionStep.WrapUp => new StepAnswer("", Mood: 4, Takeaway: "Keep going."),
                _ => new StepAnswer("Notes."),
            };
            await SaveAsync(userId, id, guide.Step, answer);
        }
    }

    private async Task SaveAsync(string userId, int id, ReflectionStep step, StepAnswer answer)
    {
        var current = (await reflections.GetAsync(userId, id))?.EntryFor(step)?.Version ?? 0;
        Assert.Equal(SaveStatus.Saved, (await reflections.SaveStepAsync(userId, id, step, answer, current)).Status);
    }
}
