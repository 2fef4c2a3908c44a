using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Web.Tests.Support;

/// <summary>Step tools with every field of every item filled, fixed ids, and text that is easy to get wrong (quotes, line breaks, accents, emoji).</summary>
internal static class SampleTools
{
    public static readonly Guid FeedbackId = new("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid ChangeId = new("cccccccc-0000-0000-0000-000000000001");
    public static readonly Guid ActionId = new("eeeeeeee-0000-0000-0000-000000000001");

    public static TheoryData<ReflectionStep> StepsWithTools() =>
        new(ReflectionStep.Feedback, ReflectionStep.Priorities, ReflectionStep.Experience, ReflectionStep.RoleFit, ReflectionStep.WrapUp);

    public static FeedbackData Feedback() => new()
    {
        People =
        [
            new FeedbackContact
            {
                Id = new Guid("aaaaaaaa-1111-0000-0000-000000000001"),
                Name = "Mia Chen (recruiter)",
                Relationship = Relationship.Recruiter,
                Status = RequestStatus.Asked,
                AskedOn = new DateOnly(2026, 3, 11),
                FollowUpOn = new DateOnly(2026, 3, 18),
            },
            new FeedbackContact
            {
                Id = new Guid("aaaaaaaa-1111-0000-0000-000000000002"),
                Name = "Zoë, my old team lead 🙂",
                Relationship = Relationship.Mentor,
                Status = RequestStatus.Received,
                AskedOn = new DateOnly(2026, 3, 12),
                FollowUpOn = new DateOnly(2026, 3, 12),
            },
        ],
        Received =
        [
            new FeedbackItem
            {
                Id = FeedbackId,
                Said = "More \"system design\" depth.\nAnd <b>fewer</b> tangents.",
                From = "Panel — round 2",
                Category = FeedbackCategory.AbilityToDoTheJob,
                Agreement = Agreement.Partly,
            },
            new FeedbackItem
            {
                Id = new Guid("aaaaaaaa-0000-0000-0000-000000000002"),
                Said = "Great communication.",
                From = "Zoë",
                Category = FeedbackCategory.Communication,
                Agreement = Agreement.Yes,
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
            new CandidateChange
            {
                Id = new Guid("cccccccc-0000-0000-0000-000000000002"),
                Title = "Get the Azure certificate",
                Kind = ChangeKind.Certification,
                Feasibility = 2,
                Impact = 1,
                Decision = ChangeDecision.Drop,
            },
        ],
    };

    public static ExperienceData Experience() => new()
    {
        Actions =
        [
            new GrowthAction
            {
                Id = ActionId,
                What = "Lead the queue migration",
                ChangeId = ChangeId,
                Opportunity = OpportunityType.OwnEndToEnd,
                WhoToTalkTo = "My manager, Jörg",
                TargetDate = new DateOnly(2026, 5, 30),
                Status = ActionStatus.InProgress,
                Notes = "Start with the design doc.\nThen the rollout plan.",
            },
            new GrowthAction
            {
                Id = new Guid("eeeeeeee-0000-0000-0000-000000000002"),
                What = "Write Go in the billing service",
                Opportunity = OpportunityType.NewTechnology,
                WhoToTalkTo = "Billing team",
                TargetDate = new DateOnly(2026, 4, 1),
                Status = ActionStatus.Dropped,
                Notes = "Maybe next quarter.",
            },
        ],
    };

    public static RoleFitData RoleFit() => new()
    {
        Appealed = [new TextItem { Id = new Guid("ffffffff-0000-0000-0000-000000000001"), Text = "The product 🚀" }],
        DidNotAppeal = [new TextItem { Id = new Guid("ffffffff-0000-0000-0000-000000000002"), Text = "On-call every week" }],
        Verdict = FitVerdict.Maybe,
        VerdictWhy = "I like the work.\nNot the pace.",
        WantVsFit = "I want staff scope; senior fits now.",
        Levels =
        [
            new LevelComparison
            {
                Id = new Guid("ffffffff-0000-0000-0000-000000000003"),
                Company = "Contoso",
                Title = "Senior",
                Scope = "Leads a team's projects",
                YourRead = "Close to my level",
            },
        ],
        Variations =
        [
            new RoleVariation { Id = new Guid("ffffffff-0000-0000-0000-000000000004"), Company = "Fabrikam", TeamOrRole = "Platform team" },
        ],
    };

    public static WrapUpData WrapUp() => new()
    {
        OtherGroups =
        [
            new TextItem { Id = new Guid("ffffffff-0000-0000-0000-000000000005"), Text = "Developer relations" },
            new TextItem { Id = new Guid("ffffffff-0000-0000-0000-000000000006"), Text = "Site reliability" },
        ],
    };

    public static StepData Filled(ReflectionStep step) => step switch
    {
        ReflectionStep.Feedback => Feedback(),
        ReflectionStep.Priorities => Priorities(),
        ReflectionStep.Experience => Experience(),
        ReflectionStep.RoleFit => RoleFit(),
        ReflectionStep.WrapUp => WrapUp(),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Check-in has no tool."),
    };
}
