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

/// <summary>
/// Running counts over a whole journal: in how many rejections each feedback category and theme came up, and
/// how many actions are in each status. The database keeps them up to date as entries are saved, so insights
/// never re-read every tool; <see cref="Count"/> is the definition they must match.
/// </summary>
/// <param name="Categories">Rejections per feedback category.</param>
/// <param name="Themes">Rejections per theme, most widespread first; may be only the first part of the list.</param>
/// <param name="Actions">Actions per status.</param>
public sealed record InsightTallies(
    IReadOnlyDictionary<FeedbackCategory, int> Categories,
    IReadOnlyList<Recurrence<string>> Themes,
    IReadOnlyDictionary<ActionStatus, int> Actions)
{
    public static readonly InsightTallies Empty = new(new Dictionary<FeedbackCategory, int>(), [], new Dictionary<ActionStatus, int>());

    /// <summary>The tallies of these facts, counted in memory.</summary>
    public static InsightTallies Count(IEnumerable<FeedbackFact> feedback, IEnumerable<ActionFact> actions)
    {
        var items = feedback.ToList();
        var categories = items
            .Where(f => f.Category is not null)
            .GroupBy(f => f.Category!.Value)
            .ToDictionary(g => g.Key, g => g.Select(f => f.RejectionId).Distinct().Count());
        var themes = items
            .GroupBy(f => f.RejectionId)
            .SelectMany(g => ThemeExtractor.RejectionThemes(g.Select(f => f.Said)))
            .GroupBy(theme => theme, StringComparer.Ordinal)
            .Select(g => new Recurrence<string>(g.Key, g.Count()))
            .ToList();
        var statuses = actions.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        return new InsightTallies(categories, themes, statuses);
    }
}

public sealed record InsightInput(IReadOnlyList<RejectionFacts> Rejections, InsightTallies Tallies);
