namespace Rejected.Core.Reflections.Tools;

/// <summary>Orders candidate changes so the ones worth doing first come first.</summary>
public static class PriorityRanking
{
    /// <summary>
    /// Changes decided for now come first, then later, then undecided, then dropped. Within each group
    /// the higher feasibility × impact wins; on a tie, impact beats feasibility (a change that matters is
    /// worth more effort), and unrated changes sink. Remaining ties keep the user's order.
    /// </summary>
    public static IReadOnlyList<CandidateChange> Rank(IEnumerable<CandidateChange> changes) => changes
        .Select((change, index) => (change, index))
        .OrderBy(x => DecisionOrder(x.change.Decision))
        .ThenByDescending(x => Score(x.change))
        .ThenByDescending(x => x.change.Impact ?? 0)
        .ThenByDescending(x => x.change.Feasibility ?? 0)
        .ThenBy(x => x.index)
        .Select(x => x.change)
        .ToList();

    /// <summary>Feasibility × impact, 1–25; 0 while either rating is missing.</summary>
    public static int Score(CandidateChange change) => (change.Feasibility ?? 0) * (change.Impact ?? 0);

    private static int DecisionOrder(ChangeDecision? decision) => decision switch
    {
        ChangeDecision.Now => 0,
        ChangeDecision.Later => 1,
        null => 2,
        ChangeDecision.Drop => 3,
        _ => 4,
    };
}
