using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Insights;

/// <summary>The few facts of one rejection that insights need; long journal text is never loaded for them.</summary>
public sealed record RejectionFacts(
    int Id,
    InterviewStage? Stage,
    DateOnly? DecidedOn,
    DateOnly RecordedOn,
    DateOnly? FinishedOn,
    int? MoodBefore,
    int? MoodAfter)
{
    /// <summary>When it happened: the decision date, or the day it was recorded when that is unknown.</summary>
    public DateOnly Date => DecidedOn ?? RecordedOn;
}

/// <summary>One piece of feedback received for a rejection.</summary>
public sealed record FeedbackFact(int RejectionId, FeedbackCategory? Category, string Said);

/// <summary>One action planned in step 3 of a rejection.</summary>
public sealed record ActionFact(int RejectionId, ActionStatus Status);

public sealed record InsightInput(
    IReadOnlyList<RejectionFacts> Rejections,
    IReadOnlyList<FeedbackFact> Feedback,
    IReadOnlyList<ActionFact> Actions);
