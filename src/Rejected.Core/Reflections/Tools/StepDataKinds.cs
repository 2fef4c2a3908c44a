namespace Rejected.Core.Reflections.Tools;

/// <summary>Step 1: who to ask, the state of each request, and what was said.</summary>
public sealed class FeedbackData : StepData
{
    public const string PeopleList = "people";
    public const string ReceivedList = "received";

    public List<FeedbackContact> People { get; set; } = [];

    public List<FeedbackItem> Received { get; set; } = [];

    public override ReflectionStep Step => ReflectionStep.Feedback;

    public override bool IsEmpty => People.Count == 0 && Received.Count == 0;

    public override void Validate(ToolErrors errors)
    {
        CheckList(errors, PeopleList, People, "people");
        foreach (var person in People)
        {
            CheckText(errors, ToolErrors.Key(PeopleList, person.Id, nameof(person.Name)), person.Name, "A name or role");
            CheckEnum(errors, ToolErrors.Key(PeopleList, person.Id, nameof(person.Relationship)), person.Relationship);
            CheckEnum<RequestStatus>(errors, ToolErrors.Key(PeopleList, person.Id, nameof(person.Status)), person.Status);
            if (person.FollowUpOn < person.AskedOn)
            {
                errors.Add(ToolErrors.Key(PeopleList, person.Id, nameof(person.FollowUpOn)), "The follow-up date comes after the day you asked.");
            }
        }

        CheckList(errors, ReceivedList, Received, "pieces of feedback");
        foreach (var item in Received)
        {
            CheckText(errors, ToolErrors.Key(ReceivedList, item.Id, nameof(item.Said)), item.Said, "What was said");
            CheckText(errors, ToolErrors.Key(ReceivedList, item.Id, nameof(item.From)), item.From, "Who said it");
            CheckEnum(errors, ToolErrors.Key(ReceivedList, item.Id, nameof(item.Category)), item.Category);
            CheckEnum(errors, ToolErrors.Key(ReceivedList, item.Id, nameof(item.Agreement)), item.Agreement);
        }
    }
}

/// <summary>Step 2: the changes worth considering, rated and decided.</summary>
public sealed class PrioritiesData : StepData
{
    public const string ChangesList = "changes";

    public List<CandidateChange> Changes { get; set; } = [];

    public override ReflectionStep Step => ReflectionStep.Priorities;

    public override bool IsEmpty => Changes.Count == 0;

    public override void Validate(ToolErrors errors)
    {
        CheckList(errors, ChangesList, Changes, "changes");
        foreach (var change in Changes)
        {
            CheckText(errors, ToolErrors.Key(ChangesList, change.Id, nameof(change.Title)), change.Title, "The change");
            CheckEnum(errors, ToolErrors.Key(ChangesList, change.Id, nameof(change.Kind)), change.Kind);
            CheckRating(errors, ToolErrors.Key(ChangesList, change.Id, nameof(change.Feasibility)), change.Feasibility, "\"Can I realistically do this\"");
            CheckRating(errors, ToolErrors.Key(ChangesList, change.Id, nameof(change.Impact)), change.Impact, "\"How much would it matter\"");
            CheckEnum(errors, ToolErrors.Key(ChangesList, change.Id, nameof(change.Decision)), change.Decision);
        }
    }
}

/// <summary>Step 3: actions in the current job.</summary>
public sealed class ExperienceData : StepData
{
    public const string ActionsList = "actions";

    public List<GrowthAction> Actions { get; set; } = [];

    public override ReflectionStep Step => ReflectionStep.Experience;

    public override bool IsEmpty => Actions.Count == 0;

    public override void Validate(ToolErrors errors)
    {
        CheckList(errors, ActionsList, Actions, "actions");
        foreach (var action in Actions)
        {
            CheckText(errors, ToolErrors.Key(ActionsList, action.Id, nameof(action.What)), action.What, "The action");
            CheckText(errors, ToolErrors.Key(ActionsList, action.Id, nameof(action.WhoToTalkTo)), action.WhoToTalkTo, "Who to talk to");
            CheckText(errors, ToolErrors.Key(ActionsList, action.Id, nameof(action.Notes)), action.Notes, "Notes");
            CheckEnum(errors, ToolErrors.Key(ActionsList, action.Id, nameof(action.Opportunity)), action.Opportunity);
            CheckEnum<ActionStatus>(errors, ToolErrors.Key(ActionsList, action.Id, nameof(action.Status)), action.Status);
        }
    }
}

/// <summary>Step 4: what drew you, what didn't, the verdict, how levels compare, and variations elsewhere.</summary>
public sealed class RoleFitData : StepData
{
    public const string AppealedList = "appealed";
    public const string DidNotAppealList = "did-not-appeal";
    public const string LevelsList = "levels";
    public const string VariationsList = "variations";
    public const string VerdictWhyField = "verdict-why";
    public const string WantVsFitField = "want-vs-fit";
    public const string VerdictField = "verdict";

    public List<TextItem> Appealed { get; set; } = [];

    public List<TextItem> DidNotAppeal { get; set; } = [];

    public FitVerdict? Verdict { get; set; }

    public string VerdictWhy { get; set; } = "";

    public string WantVsFit { get; set; } = "";

    public List<LevelComparison> Levels { get; set; } = [];

    public List<RoleVariation> Variations { get; set; } = [];

    public override ReflectionStep Step => ReflectionStep.RoleFit;

    public override bool IsEmpty =>
        Appealed.Count == 0 && DidNotAppeal.Count == 0 && Verdict is null && Blank(VerdictWhy) && Blank(WantVsFit)
        && Levels.Count == 0 && Variations.Count == 0;

    public override void Validate(ToolErrors errors)
    {
        CheckTextItems(errors, AppealedList, Appealed, "things", "Each item");
        CheckTextItems(errors, DidNotAppealList, DidNotAppeal, "things", "Each item");
        CheckEnum(errors, VerdictField, Verdict);
        CheckText(errors, VerdictWhyField, VerdictWhy, "Your reasons");
        CheckText(errors, WantVsFitField, WantVsFit, "This note");

        CheckList(errors, LevelsList, Levels, "level comparisons");
        foreach (var level in Levels)
        {
            CheckText(errors, ToolErrors.Key(LevelsList, level.Id, nameof(level.Company)), level.Company, "The company");
            CheckText(errors, ToolErrors.Key(LevelsList, level.Id, nameof(level.Title)), level.Title, "The title");
            CheckText(errors, ToolErrors.Key(LevelsList, level.Id, nameof(level.Scope)), level.Scope, "Scope or expectations");
            CheckText(errors, ToolErrors.Key(LevelsList, level.Id, nameof(level.YourRead)), level.YourRead, "Your read");
        }

        CheckList(errors, VariationsList, Variations, "variations");
        foreach (var variation in Variations)
        {
            CheckText(errors, ToolErrors.Key(VariationsList, variation.Id, nameof(variation.Company)), variation.Company, "The company");
            CheckText(errors, ToolErrors.Key(VariationsList, variation.Id, nameof(variation.TeamOrRole)), variation.TeamOrRole, "The team or role");
        }
    }
}

/// <summary>Wrap-up: other groups and disciplines worth a look (the takeaway, mood and revisit date are on the entry).</summary>
public sealed class WrapUpData : StepData
{
    public const string OtherGroupsList = "other-groups";

    public List<TextItem> OtherGroups { get; set; } = [];

    public override ReflectionStep Step => ReflectionStep.WrapUp;

    public override bool IsEmpty => OtherGroups.Count == 0;

    public override void Validate(ToolErrors errors) =>
        CheckTextItems(errors, OtherGroupsList, OtherGroups, "groups", "Each item");
}
