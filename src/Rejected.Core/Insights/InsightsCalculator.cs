using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Insights;

/// <summary>What repeats across a person's rejections: pure calculations over facts the service loads.</summary>
public static class InsightsCalculator
{
    public const int MaxThemes = 12;

    public static InsightsReport Calculate(InsightInput input)
    {
        var rejections = input.Rejections;
        var known = rejections.Select(r => r.Id).ToHashSet();
        var feedback = input.Feedback.Where(f => known.Contains(f.RejectionId)).ToList();

        return new InsightsReport(
            rejections.Count,
            Categories(feedback),
            Themes(feedback),
            Stages(rejections),
            Mood(rejections),
            Actions(input.Actions.Where(a => known.Contains(a.RejectionId))),
            TimeToFinish(rejections));
    }

    /// <summary>Every category, with the number of rejections whose feedback used it; most frequent first.</summary>
    public static IReadOnlyList<Recurrence<FeedbackCategory>> Categories(IEnumerable<FeedbackFact> feedback)
    {
        var counts = feedback
            .Where(f => f.Category is not null)
            .GroupBy(f => f.Category!.Value)
            .ToDictionary(g => g.Key, g => g.Select(f => f.RejectionId).Distinct().Count());
        return Enum.GetValues<FeedbackCategory>()
            .Select(c => new Recurrence<FeedbackCategory>(c, counts.GetValueOrDefault(c)))
            .OrderByDescending(r => r.RejectionCount)
            .ThenBy(r => r.Value)
            .ToList();
    }

    /// <summary>Words and two-word phrases heard in the feedback of at least two rejections, most widespread first.</summary>
    public static IReadOnlyList<Recurrence<string>> Themes(IEnumerable<FeedbackFact> feedback)
    {
        var rejectionsByTheme = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var item in feedback)
        {
            foreach (var theme in ThemeExtractor.Themes(item.Said))
            {
                if (!rejectionsByTheme.TryGetValue(theme, out var ids))
                {
                    rejectionsByTheme[theme] = ids = [];
                }

                ids.Add(item.RejectionId);
            }
        }

        var recurring = rejectionsByTheme
            .Where(kv => kv.Value.Count >= 2)
            .Select(kv => new Recurrence<string>(kv.Key, kv.Value.Count))
            .ToList();

        // A word that only ever appears inside a recurring phrase adds nothing beside that phrase.
        var phrases = recurring.Where(r => r.Value.Contains(' ', StringComparison.Ordinal)).ToList();
        return recurring
            .Where(r => r.Value.Contains(' ', StringComparison.Ordinal)
                || !phrases.Any(p => p.RejectionCount == r.RejectionCount && p.Value.Split(' ').Contains(r.Value)))
            .OrderByDescending(r => r.RejectionCount)
            .ThenByDescending(r => r.Value.Count(c => c == ' '))
            .ThenBy(r => r.Value, StringComparer.Ordinal)
            .Take(MaxThemes)
            .ToList();
    }

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

    public static ActionSummary Actions(IEnumerable<ActionFact> actions)
    {
        var counts = actions.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        return new ActionSummary(
            counts.GetValueOrDefault(ActionStatus.Planned),
            counts.GetValueOrDefault(ActionStatus.InProgress),
            counts.GetValueOrDefault(ActionStatus.Done),
            counts.GetValueOrDefault(ActionStatus.Dropped));
    }

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
