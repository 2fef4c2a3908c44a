namespace Rejected.Core.Reflections.Tools;

public enum Relationship
{
    Interviewer,
    Recruiter,
    HiringManager,
    Peer,
    Coworker,
    Mentor,
    Friend,
    Family,
}

public enum RequestStatus
{
    ToAsk,
    Asked,
    Received,
    NoReply,
}

public enum FeedbackCategory
{
    Experience,
    SkillSet,
    AbilityToDoTheJob,
    Communication,
    Other,
}

public enum Agreement
{
    Yes,
    Partly,
    No,
}

public enum ChangeKind
{
    Degree,
    Certification,
    Skill,
    CommunicationStyle,
    InterviewAnswers,
    Experience,
    Other,
}

public enum ChangeDecision
{
    Now,
    Later,
    Drop,
}

public enum OpportunityType
{
    NewTechnology,
    OwnEndToEnd,
    TakeOnMore,
    TradeOff,
}

public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}

public enum FitVerdict
{
    Yes,
    Maybe,
    No,
}

public static class ToolLabels
{
    public static string Label(this Relationship value) => value switch
    {
        Relationship.Interviewer => "Interviewer",
        Relationship.Recruiter => "Recruiter",
        Relationship.HiringManager => "Hiring manager",
        Relationship.Peer => "Peer",
        Relationship.Coworker => "Coworker",
        Relationship.Mentor => "Mentor",
        Relationship.Friend => "Friend",
        Relationship.Family => "Family",
        _ => value.ToString(),
    };

    /// <summary>People on the hiring side get a more formal request than people who know you.</summary>
    public static bool IsHiringSide(this Relationship value) =>
        value is Relationship.Interviewer or Relationship.Recruiter or Relationship.HiringManager;

    public static string Label(this RequestStatus value) => value switch
    {
        RequestStatus.ToAsk => "To ask",
        RequestStatus.Asked => "Asked",
        RequestStatus.Received => "Received",
        RequestStatus.NoReply => "No reply",
        _ => value.ToString(),
    };

    public static string Label(this FeedbackCategory value) => value switch
    {
        FeedbackCategory.Experience => "Experience",
        FeedbackCategory.SkillSet => "Skill set",
        FeedbackCategory.AbilityToDoTheJob => "Ability to do the job",
        FeedbackCategory.Communication => "Communication",
        FeedbackCategory.Other => "Other",
        _ => value.ToString(),
    };

    public static string Label(this Agreement value) => value switch
    {
        Agreement.Yes => "Yes",
        Agreement.Partly => "Partly",
        Agreement.No => "No",
        _ => value.ToString(),
    };

    public static string Label(this ChangeKind value) => value switch
    {
        ChangeKind.Degree => "Degree",
        ChangeKind.Certification => "Certification",
        ChangeKind.Skill => "Skill",
        ChangeKind.CommunicationStyle => "Communication style",
        ChangeKind.InterviewAnswers => "Interview answers",
        ChangeKind.Experience => "Experience",
        ChangeKind.Other => "Other",
        _ => value.ToString(),
    };

    public static string Label(this ChangeDecision value) => value switch
    {
        ChangeDecision.Now => "Now",
        ChangeDecision.Later => "Later",
        ChangeDecision.Drop => "Drop",
        _ => value.ToString(),
    };

    public static string Label(this OpportunityType value) => value switch
    {
        OpportunityType.NewTechnology => "New technology or language",
        OpportunityType.OwnEndToEnd => "Own something from start to release",
        OpportunityType.TakeOnMore => "Take on more",
        OpportunityType.TradeOff => "A trade-off that pays off later",
        _ => value.ToString(),
    };

    public static string Label(this ActionStatus value) => value switch
    {
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        ActionStatus.Dropped => "Dropped",
        _ => value.ToString(),
    };

    public static string Label(this FitVerdict value) => value switch
    {
        FitVerdict.Yes => "Yes",
        FitVerdict.Maybe => "Maybe",
        FitVerdict.No => "No",
        _ => value.ToString(),
    };
}
