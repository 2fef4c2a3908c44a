using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Insights;

/// <summary>In how many rejections a feedback category (or a theme) came up; recurring when it is two or more.</summary>
public sealed record Recurrence<T>(T Value, int RejectionCount)
{
    public bool IsRecurring => RejectionCount >= 2;
}

public sealed record StagePoint(int RejectionId, DateOnly Date, InterviewStage Stage);

public sealed record MoodPair(int RejectionId, DateOnly Date, int Before, int After);

public sealed record MoodSummary(IReadOnlyList<MoodPair> Pairs, double? AverageBefore, double? AverageAfter, int Lighter, int Same, int Heavier);

public sealed record ActionSummary(int Planned, int InProgress, int Done, int Dropped)
{
    public int Total => Planned + InProgress + Done + Dropped;

    /// <summary>Done out of the actions not dropped, 0–100; null when there is nothing to count.</summary>
    public int? PercentDone => Total - Dropped is var open and > 0 ? (int)Math.Round(100.0 * Done / open) : null;
}

public sealed record FinishSummary(int Finished, int Unfinished, double? MedianDays, IReadOnlyList<int> Days);

public sealed record InsightsReport(
    int RejectionCount,
    IReadOnlyList<Recurrence<FeedbackCategory>> Categories,
    IReadOnlyList<Recurrence<string>> Themes,
    IReadOnlyList<StagePoint> Stages,
    MoodSummary Mood,
    ActionSummary Actions,
    FinishSummary TimeToFinish)
{
    public bool IsEmpty => RejectionCount == 0;
}
