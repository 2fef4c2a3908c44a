using System.Text.Json;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections.Tools;

public sealed class StepDataTests
{
    public static TheoryData<ReflectionStep> StepsWithTools() => SampleTools.StepsWithTools();

    [Theory]
    [InlineData(ReflectionStep.Feedback, typeof(FeedbackData))]
    [InlineData(ReflectionStep.Priorities, typeof(PrioritiesData))]
    [InlineData(ReflectionStep.Experience, typeof(ExperienceData))]
    [InlineData(ReflectionStep.RoleFit, typeof(RoleFitData))]
    [InlineData(ReflectionStep.WrapUp, typeof(WrapUpData))]
    public void CreateGivesAnEmptyToolOfTheStepsKind(ReflectionStep step, Type kind)
    {
        var data = StepData.Create(step);

        Assert.NotNull(data);
        Assert.IsType(kind, data);
        Assert.Equal(step, data.Step);
        Assert.True(data.IsEmpty);
    }

    [Fact]
    public void CheckInHasNoTool()
    {
        Assert.Null(StepData.Create(ReflectionStep.CheckIn));
        Assert.Null(StepData.Parse(ReflectionStep.CheckIn, null));
        Assert.Null(StepData.Parse(ReflectionStep.CheckIn, "{\"people\":[]}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void ParsingNothingGivesAnEmptyTool(string? json)
    {
        Assert.All(
            StepGuide.All.Select(g => g.Step).Where(s => s != ReflectionStep.CheckIn),
            step =>
            {
                var data = StepData.Parse(step, json);

                Assert.NotNull(data);
                Assert.Equal(step, data.Step);
                Assert.True(data.IsEmpty);
            });
        Assert.True(StepData.Parse<PrioritiesData>(json).IsEmpty);
    }

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public void AnEmptyToolHasNoJson(ReflectionStep step)
    {
        Assert.Null(StepData.Create(step)!.ToJson());
    }

    [Fact]
    public void RoleFitWithOnlyBlankNotesIsEmpty()
    {
        var data = new RoleFitData { VerdictWhy = "  ", WantVsFit = "\n" };

        Assert.True(data.IsEmpty);
        Assert.Null(data.ToJson());
    }

    [Fact]
    public void RoleFitWithOnlyAVerdictIsNotEmpty()
    {
        Assert.False(new RoleFitData { Verdict = FitVerdict.No }.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public void EveryKindSurvivesAJsonRoundTrip(ReflectionStep step)
    {
        var json = SampleTools.Filled(step).ToJson();

        var parsed = StepData.Parse(step, json);

        Assert.NotNull(json);
        Assert.NotNull(parsed);
        Assert.Equal(SampleTools.Filled(step).GetType(), parsed.GetType());
        Assert.False(parsed.IsEmpty);
        Assert.Equal(json, parsed.ToJson());
    }

    [Fact]
    public void TheRoundTripKeepsEveryFieldOfEveryItem()
    {
        var feedback = StepData.Parse<FeedbackData>(SampleTools.Feedback().ToJson());
        var priorities = StepData.Parse<PrioritiesData>(SampleTools.Priorities().ToJson());
        var experience = StepData.Parse<ExperienceData>(SampleTools.Experience().ToJson());
        var roleFit = StepData.Parse<RoleFitData>(SampleTools.RoleFit().ToJson());

        var person = Assert.Single(feedback.People);
        Assert.Equal(new Guid("00000000-0000-0000-0000-000000000001"), person.Id);
        Assert.Equal("Mia Chen (recruiter)", person.Name);
        Assert.Equal(Relationship.HiringManager, person.Relationship);
        Assert.Equal(RequestStatus.NoReply, person.Status);
        Assert.Equal(new DateOnly(2025, 3, 1), person.AskedOn);
        Assert.Equal(new DateOnly(2025, 3, 8), person.FollowUpOn);
        var received = Assert.Single(feedback.Received);
        Assert.Equal((FeedbackCategory.AbilityToDoTheJob, Agreement.Partly), (received.Category, received.Agreement));
        var change = Assert.Single(priorities.Changes);
        Assert.Equal(SampleTools.ChangeId, change.Id);
        Assert.Equal(SampleTools.FeedbackId, change.FromFeedbackId);
        Assert.Equal((4, 5, ChangeDecision.Now, ChangeKind.InterviewAnswers), (change.Feasibility, change.Impact, change.Decision, change.Kind));
        var action = Assert.Single(experience.Actions);
        Assert.Equal(SampleTools.ChangeId, action.ChangeId);
        Assert.Equal(new DateOnly(2025, 5, 30), action.TargetDate);
        Assert.Equal((ActionStatus.InProgress, OpportunityType.OwnEndToEnd), (action.Status, action.Opportunity));
        Assert.Equal(FitVerdict.Maybe, roleFit.Verdict);
        Assert.Equal("I like the work.\nNot the pace.", roleFit.VerdictWhy);
        Assert.Equal("Leads a team's projects", Assert.Single(roleFit.Levels).Scope);
        Assert.Equal("Platform team", Assert.Single(roleFit.Variations).TeamOrRole);
    }

    [Fact]
    public void JsonWritesEnumsAsNamesAndDatesAsIsoDates()
    {
        var json = SampleTools.Feedback().ToJson()!;

        using var document = JsonDocument.Parse(json);
        var person = document.RootElement.GetProperty("people")[0];
        Assert.Equal("HiringManager", person.GetProperty("relationship").GetString());
        Assert.Equal("NoReply", person.GetProperty("status").GetString());
        Assert.Equal("2025-03-01", person.GetProperty("askedOn").GetString());
        Assert.Equal("00000000-0000-0000-0000-000000000001", person.GetProperty("id").GetString());
        Assert.Equal("Partly", document.RootElement.GetProperty("received")[0].GetProperty("agreement").GetString());
    }

    [Fact]
    public void JsonLeavesOutMissingValuesAndComputedProperties()
    {
        var json = new ExperienceData { Actions = [new GrowthAction { What = "Ship it" }] }.ToJson()!;

        using var document = JsonDocument.Parse(json);
        Assert.Equal(["actions"], document.RootElement.EnumerateObject().Select(p => p.Name));
        var action = document.RootElement.GetProperty("actions")[0];
        Assert.False(action.TryGetProperty("changeId", out _));
        Assert.False(action.TryGetProperty("targetDate", out _));
        Assert.False(action.TryGetProperty("isOpen", out _));
        Assert.Equal("Planned", action.GetProperty("status").GetString());
    }

    [Fact]
    public void ParseSkipsComputedValuesStoredByEarlierVersions()
    {
        const string json = """{"actions":[{"what":"x","status":"Done","isOpen":true}],"step":"Experience","isEmpty":false}""";

        var data = Assert.IsType<ExperienceData>(StepData.Parse(ReflectionStep.Experience, json));

        var action = Assert.Single(data.Actions);
        Assert.False(action.IsOpen);
        Assert.DoesNotContain("isOpen", data.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"step\"", data.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseReadsTheTypedToolToo()
    {
        var json = SampleTools.WrapUp().ToJson();

        var data = StepData.Parse<WrapUpData>(json);

        Assert.Equal("Developer relations", Assert.Single(data.OtherGroups).Text);
    }

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public void CloneIsAnEqualButSeparateCopy(ReflectionStep step)
    {
        var original = SampleTools.Filled(step);

        var clone = original.Clone();

        Assert.NotSame(original, clone);
        Assert.IsType(original.GetType(), clone);
        Assert.Equal(original.ToJson(), clone.ToJson());
    }

    [Fact]
    public void CloneIsDeep()
    {
        var original = SampleTools.Feedback();
        var before = original.ToJson();

        var clone = (FeedbackData)original.Clone();
        clone.People[0].Name = "Changed";
        clone.People[0].AskedOn = null;
        clone.People.Add(new FeedbackContact { Name = "Added" });
        clone.Received.Clear();

        Assert.Equal(before, original.ToJson());
        Assert.Equal("Mia Chen (recruiter)", Assert.Single(original.People).Name);
        Assert.Single(original.Received);
    }

    [Fact]
    public void CloneOfRoleFitCopiesEveryList()
    {
        var original = SampleTools.RoleFit();
        var before = original.ToJson();

        var clone = (RoleFitData)original.Clone();
        clone.Appealed[0].Text = "x";
        clone.DidNotAppeal.Clear();
        clone.Levels[0].Scope = "x";
        clone.Variations.Add(new RoleVariation());
        clone.Verdict = FitVerdict.No;

        Assert.Equal(before, original.ToJson());
    }

    [Fact]
    public void NewItemsGetDistinctIds()
    {
        Assert.NotEqual(new TextItem().Id, new TextItem().Id);
        Assert.NotEqual(Guid.Empty, new CandidateChange().Id);
    }

    [Theory]
    [InlineData(ActionStatus.Planned, true)]
    [InlineData(ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.Done, false)]
    [InlineData(ActionStatus.Dropped, false)]
    public void AnOpenActionPastItsTargetDateIsOverdue(ActionStatus status, bool open)
    {
        var action = new GrowthAction { Status = status, TargetDate = new DateOnly(2025, 3, 10) };

        Assert.Equal(open, action.IsOpen);
        Assert.Equal(open, action.IsOverdue(new DateOnly(2025, 3, 11)));
        Assert.False(action.IsOverdue(new DateOnly(2025, 3, 10)));
        Assert.False(new GrowthAction { Status = status }.IsOverdue(new DateOnly(2025, 3, 11)));
    }
}
