using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Tests.Support;

/// <summary>Step tools with every field filled and fixed ids and dates, so output can be compared exactly.</summary>
internal static class SampleTools
{
    public static readonly Guid ChangeId = new("11111111-2222-3333-4444-555555555555");
    public static readonly Guid FeedbackId = new("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    public static FeedbackData Feedback() => new()
    {
        People =
        [
            new FeedbackContact
            {
                Id = new Guid("00000000-0000-0000-0000-000000000001"),
                Name = "Mia Chen (recruiter)",
                Relationship = Relationship.HiringManager,
                Status = RequestStatus.NoReply,
                AskedOn = new DateOnly(2025, 3, 1),
                FollowUpOn = new DateOnly(2025, 3, 8),
            },
        ],
        Received =
        [
            new FeedbackItem
            {
                Id = FeedbackId,
                Said = "More system design depth.",
                From = "Panel",
                Category = FeedbackCategory.AbilityToDoTheJob,
                Agreement = Agreement.Partly,
            },
        ],
    };

    public static PrioritiesData Priorities() => new()
    {
        Changes =
        [
            new CandidateChange
            {
                Id = ChangeId,
                Title = "Practise system design",
                Kind = ChangeKind.InterviewAnswers,
                Feasibility = 4,
                Impact = 5,
                Decision = ChangeDecision.Now,
                FromFeedbackId = FeedbackId,
            },
        ],
    };

    public static ExperienceData Experience() => new()
    {
        Actions =
        [
            new GrowthAction
            {
                Id = new Guid("00000000-0000-0000-0000-000000000003"),
                What = "Lead the queue migration",
                ChangeId = ChangeId,
                Opportunity = OpportunityType.OwnEndToEnd,
                WhoToTalkTo = "My manager",
                TargetDate = new DateOnly(2025, 5, 30),
                Status = ActionStatus.InProgress,
                Notes = "Start with the design doc.",
            },
        ],
    };

    public static RoleFitData RoleFit() => new()
    {
        Appealed = [new TextItem { Id = new Guid("00000000-0000-0000-0000-000000000004"), Text = "The product" }],
        DidNotAppeal = [new TextItem { Id = new Guid("00000000-0000-0000-0000-000000000005"), Text = "On-call every week" }],
        Verdict = FitVerdict.Maybe,
        VerdictWhy = "I like the work.\nNot the pace.",
        WantVsFit = "I want staff scope; senior fits now.",
        Levels =
        [
            new LevelComparison
            {
                Id = new Guid("00000000-0000-0000-0000-000000000006"),
                Company = "Contoso",
                Title = "Senior",
                Scope = "Leads a team's projects",
                YourRead = "Close to my level",
            },
        ],
        Variations =
        [
            new RoleVariation { Id = new Guid("00000000-0000-0000-0000-000000000007"), Company = "Fabrikam", TeamOrRole = "Platform team" },
        ],
    };

    public static WrapUpData WrapUp() => new()
    {
        OtherGroups = [new TextItem { Id = new Guid("00000000-0000-0000-0000-000000000008"), Text = "Developer relations" }],
    };

    /// <summary>A filled tool for each step that has one.</summary>
    public static TheoryData<ReflectionStep> StepsWithTools() =>
        new(ReflectionStep.Feedback, ReflectionStep.Priorities, ReflectionStep.Experience, ReflectionStep.RoleFit, ReflectionStep.WrapUp);

    public static StepData Filled(ReflectionStep step) => step switch
    {
        ReflectionStep.Feedback => Feedback(),
        ReflectionStep.Priorities => Priorities(),
        ReflectionStep.Experience => Experience(),
        ReflectionStep.RoleFit => RoleFit(),
        ReflectionStep.WrapUp => WrapUp(),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Check-in has no tool."),
    };

    /// <summary>An entry of the step holding the tool as stored JSON.</summary>
    public static JournalEntry Entry(StepData data, string text = "")
    {
        var entry = Sample.Entry(data.Step, text);
        entry.Data = data.ToJson();
        return entry;
    }
}
