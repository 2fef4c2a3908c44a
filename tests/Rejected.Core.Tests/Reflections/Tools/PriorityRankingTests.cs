using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Tests.Reflections.Tools;

public sealed class PriorityRankingTests
{
    [Fact]
    public void NowComesBeforeLaterThenUndecidedThenDrop()
    {
        // The higher scores sit in the later groups, so only the decision can put them in this order.
        var changes = new[]
        {
            Change("drop", 5, 5, ChangeDecision.Drop),
            Change("undecided", 5, 5, null),
            Change("later", 5, 4, ChangeDecision.Later),
            Change("now", 1, 1, ChangeDecision.Now),
        };

        Assert.Equal(["now", "later", "undecided", "drop"], Titles(PriorityRanking.Rank(changes)));
    }

    [Fact]
    public void WithinADecisionTheHigherFeasibilityTimesImpactComesFirst()
    {
        var changes = new[]
        {
            Change("2x3=6", 2, 3),
            Change("5x4=20", 5, 4),
            Change("3x3=9", 3, 3),
            Change("1x5=5", 1, 5),
        };

        Assert.Equal(["5x4=20", "3x3=9", "2x3=6", "1x5=5"], Titles(PriorityRanking.Rank(changes)));
    }

    [Fact]
    public void OnAnEqualScoreTheHigherImpactComesFirst()
    {
        var changes = new[]
        {
            Change("feasible", 4, 1),
            Change("balanced", 2, 2),
            Change("impactful", 1, 4),
        };

        Assert.Equal(["impactful", "balanced", "feasible"], Titles(PriorityRanking.Rank(changes)));
    }

    [Fact]
    public void AmongUnratedChangesAKnownImpactBreaksTheTieBeforeFeasibility()
    {
        // All score 0 because a rating is missing; impact still decides first, then feasibility.
        var changes = new[]
        {
            Change("feasibility 5", 5, null),
            Change("impact 2", null, 2),
            Change("nothing", null, null),
            Change("impact 3", null, 3),
        };

        Assert.Equal(["impact 3", "impact 2", "feasibility 5", "nothing"], Titles(PriorityRanking.Rank(changes)));
    }

    [Fact]
    public void UnratedChangesSinkBelowRatedOnesInTheSameDecision()
    {
        var changes = new[]
        {
            Change("unrated now", null, null, ChangeDecision.Now),
            Change("half rated now", 5, null, ChangeDecision.Now),
            Change("rated now", 1, 1, ChangeDecision.Now),
            Change("rated later", 5, 5, ChangeDecision.Later),
        };

        Assert.Equal(["rated now", "half rated now", "unrated now", "rated later"], Titles(PriorityRanking.Rank(changes)));
    }

    [Fact]
    public void FullTiesKeepTheUsersOrder()
    {
        var changes = new[]
        {
            Change("c", 3, 3, ChangeDecision.Later),
            Change("a", 3, 3, ChangeDecision.Later),
            Change("d", null, null),
            Change("b", 3, 3, ChangeDecision.Later),
            Change("e", null, null),
        };

        Assert.Equal(["c", "a", "b", "d", "e"], Titles(PriorityRanking.Rank(changes)));
    }

    [Fact]
    public void RankingReturnsTheSameObjectsAndLeavesTheInputAlone()
    {
        var low = Change("low", 1, 1);
        var high = Change("high", 5, 5);
        var changes = new List<CandidateChange> { low, high };

        var ranked = PriorityRanking.Rank(changes);

        Assert.Same(high, ranked[0]);
        Assert.Same(low, ranked[1]);
        Assert.Equal(["low", "high"], Titles(changes));
    }

    [Fact]
    public void RankingNothingGivesAnEmptyList()
    {
        Assert.Empty(PriorityRanking.Rank([]));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 4, 12)]
    [InlineData(5, 5, 25)]
    [InlineData(null, 5, 0)]
    [InlineData(5, null, 0)]
    [InlineData(null, null, 0)]
    public void ScoreIsFeasibilityTimesImpactOrZeroWhileARatingIsMissing(int? feasibility, int? impact, int expected)
    {
        Assert.Equal(expected, PriorityRanking.Score(Change("x", feasibility, impact)));
    }

    private static CandidateChange Change(string title, int? feasibility, int? impact, ChangeDecision? decision = null) =>
        new() { Title = title, Feasibility = feasibility, Impact = impact, Decision = decision };

    private static IEnumerable<string> Titles(IEnumerable<CandidateChange> changes) => changes.Select(c => c.Title);
}
