namespace Rejected.Core.Reflections.Tools;

/// <summary>An item of one of a step's lists. The id keeps links (feedback → change → action) and UI keys stable.</summary>
public abstract class ToolItem
{
    public Guid Id { get; set; } = Guid.NewGuid();
}

/// <summary>A plain line in a list, e.g. something that appealed about the role.</summary>
public sealed class TextItem : ToolItem
{
    public string Text { get; set; } = "";
}

/// <summary>Someone who could give feedback, and where the request stands.</summary>
public sealed class FeedbackContact : ToolItem
{
    public string Name { get; set; } = "";

    public Relationship? Relationship { get; set; }

    public RequestStatus Status { get; set; } = RequestStatus.ToAsk;

    public DateOnly? AskedOn { get; set; }

    public DateOnly? FollowUpOn { get; set; }
}

/// <summary>One piece of feedback, who gave it, and what the user makes of it.</summary>
public sealed class FeedbackItem : ToolItem
{
    public string Said { get; set; } = "";

    public string From { get; set; } = "";

    public FeedbackCategory? Category { get; set; }

    public Agreement? Agreement { get; set; }
}

/// <summary>A change the user could make, rated for how doable and how worthwhile it is.</summary>
public sealed class CandidateChange : ToolItem
{
    public string Title { get; set; } = "";

    public ChangeKind? Kind { get; set; }

    /// <summary>1–5: can I realistically do this?</summary>
    public int? Feasibility { get; set; }

    /// <summary>1–5: how much would it matter?</summary>
    public int? Impact { get; set; }

    public ChangeDecision? Decision { get; set; }

    /// <summary>The feedback item this change was taken from, if any.</summary>
    public Guid? FromFeedbackId { get; set; }
}

/// <summary>A concrete step in the current job towards a change.</summary>
public sealed class GrowthAction : ToolItem
{
    public string What { get; set; } = "";

    /// <summary>The candidate change (step 2) this action serves.</summary>
    public Guid? ChangeId { get; set; }

    public OpportunityType? Opportunity { get; set; }

    public string WhoToTalkTo { get; set; } = "";

    public DateOnly? TargetDate { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Planned;

    public string Notes { get; set; } = "";

    public bool IsOpen => Status is ActionStatus.Planned or ActionStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && TargetDate < today;
}

/// <summary>How one company defines a level, to compare with the one applied for.</summary>
public sealed class LevelComparison : ToolItem
{
    public string Company { get; set; } = "";

    public string Title { get; set; } = "";

    public string Scope { get; set; } = "";

    public string YourRead { get; set; } = "";
}

/// <summary>A similar role elsewhere that might fit better.</summary>
public sealed class RoleVariation : ToolItem
{
    public string Company { get; set; } = "";

    public string TeamOrRole { get; set; } = "";
}
