namespace Rejected.Web.Data;

/// <summary>What an <see cref="InsightTally"/> counts.</summary>
public enum TallyKind
{
    /// <summary>Rejections whose feedback had this category.</summary>
    FeedbackCategory = 0,

    /// <summary>Rejections whose feedback mentioned this word or two-word phrase.</summary>
    FeedbackTheme = 1,

    /// <summary>Actions planned in step 3 with this status.</summary>
    ActionStatus = 2,
}

/// <summary>
/// One running count behind insights, per user. Triggers on the journal entries keep it current (see
/// <see cref="InsightTallySql"/>), so the insights page reads a few hundred rows instead of every tool.
/// </summary>
public sealed class InsightTally
{
    public required string OwnerId { get; set; }

    public TallyKind Kind { get; set; }

    public required string Value { get; set; }

    public int Count { get; set; }

    /// <summary>True for a two-word theme; stored so themes can be read in display order from an index.</summary>
    public bool IsPhrase { get; set; }
}
