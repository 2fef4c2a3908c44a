using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Insights;

/// <summary>What repeats across a person's rejections: pure calculations over facts the service loads.</summary>
public static class InsightsCalculator
{
    public const int MaxThemes = 12;

    public static InsightsReport Calculate(InsightInput input)
    {
        var rejections = input.Rejections;
        return new InsightsReport(
            rejections.Count,
            Categories(input.Tallies.Categories),
            Themes(input.Tallies.Themes),
            Stages(rejections),
            Mood(rejections),
            Actions(input.Tallies.Actions),
            TimeToFinish(rejections));
    }

    /// <summary>Every category, with the number of rejections whose feedback used it; most frequent first.</summary>
    public static IReadOnlyList<Recurrence<FeedbackCategory>> Categories(IReadOnlyDictionary<FeedbackCategory, int> rejectionsByCategory) =>
        Enum.GetValues<FeedbackCategory>()
            .Select(c => new Recurrence<FeedbackCategory>(c, rejectionsByCategory.GetValueOrDefault(c)))
            .OrderByDescending(r => r.RejectionCount)
            .ThenBy(r => r.Value)
            .ToList();

    /// <summary>
    /// Words and two-word phrases heard in the feedback of at least two rejections, most widespread first, from
    /// theme counts in the order <see cref="ThemeOrder"/> gives. Counts may stop early: a phrase hides at most two
    /// words, so a few dozen counts always hold the <see cref="MaxThemes"/> shown.
    /// </summary>
    public static IReadOnlyList<Recurrence<string>> Themes(IEnumerable<Recurrence<string>> themeCounts)
    {
        var recurring = themeCounts.Where(r => r.IsRecurring).ToList();

        // A word that only ever appears inside a recurring phrase adds nothing beside that phrase.
        var phrases = recurring.Where(r => IsPhrase(r.Value)).ToList();
        return ThemeOrder(recurring
                .Where(r => IsPhrase(r.Value)
                    || !phrases.Any(p => p.RejectionCount == r.RejectionCount && p.Value.Split(' ').Contains(r.Value))))
            .Take(MaxThemes)
            .ToList();
    }

    /// <summary>Most widespread first; at equal counts phrases before words, then alphabetically.</summary>
    public static IOrderedEnumerable<Recurrence<string>> ThemeOrder(IEnumerable<Recurrence<string>> themes) => themes
        .OrderByDescending(r => r.RejectionCount)
        .ThenByDescending(r => IsPhrase(r.Value))
        .ThenBy(r => r.Value, StringComparer.Ordinal);

    public static bool IsPhrase(string theme) => theme.Contains(' ', StringComparison.Ordinal);

    public static IReadOnlyList<StagePoint> Stages(IEnumerable<RejectionFacts> rejections) => rejections
        .Where(r => r.Stage is not null)
        .Select(r => new StagePoint(r.Id, r.Date, r.Stage!.Value))
        .OrderBy(p => p.Date)
        .ThenBy(p => p.RejectionId)
        .ToList();

    public static MoodSummary Mood(IEnumerable<RejectionFacts> rejections)
    {
        var list = rejections.ToList();
        var pairs = list
            .Where(r => r.MoodBefore is not null && r.MoodAfter is not null)
            .Select(r => new MoodPair(r.Id, r.Date, r.MoodBefore!.Value, r.MoodAfter!.Value))
            .OrderBy(p => p.Date)
            .ThenBy(p => p.RejectionId)
            .ToList();
        var before = list.Where(r => r.MoodBefore is not null).Select(r => (double)r.MoodBefore!.Value).ToList();
        var after = list.Where(r => r.MoodAfter is not null).Select(r => (double)r.MoodAfter!.Value).ToList();
        return new MoodSummary(
            pairs,
            before.Count > 0 ? Math.Round(before.Average(), 1) : null,
            after.Count > 0 ? Math.Round(after.Average(), 1) : null,
            pairs.Count(p => p.After > p.Before),
            pairs.Count(p => p.After == p.Before),
            pairs.Count(p => p.After < p.Before));
    }

    public static ActionSummary Actions(IReadOnlyDictionary<ActionStatus, int> actionsByStatus) => new(
        actionsByStatus.GetValueOrDefault(ActionStatus.Planned),
        actionsByStatus.GetValueOrDefault(ActionStatus.InProgress),
        actionsByStatus.GetValueOrDefault(ActionStatus.Done),
        actionsByStatus.GetValueOrDefault(ActionStatus.Dropped));

    /// <summary>Days from the rejection (decision date, else the day it was recorded) to the finished reflection.</summary>
    public static FinishSummary TimeToFinish(IEnumerable<RejectionFacts> rejections)
    {
        var list = rejections.ToList();
        var days = list
            .Where(r => r.FinishedOn is not null)
            .Select(r => Math.Max(0, r.FinishedOn!.Value.DayNumber - r.Date.DayNumber))
            .Order()
            .ToList();
        return new FinishSummary(days.Count, list.Count - days.Count, Median(days), days);
    }

    private static double? Median(IReadOnlyList<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0,
    };
}
