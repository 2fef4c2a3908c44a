namespace Rejected.Core.Reflections;

/// <summary>What the user wrote for one step of one reflection. Each step is saved on its own.</summary>
public sealed class JournalEntry
{
    public int Id { get; set; }

    public int RejectionId { get; set; }

    public Rejection? Rejection { get; set; }

    public required string OwnerId { get; set; }

    public ReflectionStep Step { get; set; }

    /// <summary>The free-form journal, in Markdown.</summary>
    public string Text { get; set; } = "";

    /// <summary>1–5: how the user feels at check-in (before) or at wrap-up (after).</summary>
    public int? Mood { get; set; }

    /// <summary>Wrap-up: the one line to remember.</summary>
    public string? Takeaway { get; set; }

    /// <summary>Wrap-up: when to look at this reflection again.</summary>
    public DateOnly? RevisitOn { get; set; }

    /// <summary>The step's tool (people to ask, changes, actions, …) as JSON; null when empty. See <see cref="Tools.StepData"/>.</summary>
    public string? Data { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every save, checked against the version the editor loaded.</summary>
    public int Version { get; set; }

    public void Apply(StepAnswer answer)
    {
        Text = answer.Text ?? "";
        Mood = answer.Mood;
        Takeaway = TextRules.NullIfBlank(answer.Takeaway);
        RevisitOn = answer.RevisitOn;
        Data = answer.Data?.ToJson();
    }

    public StepAnswer ToAnswer() => new(Text, Mood, Takeaway, RevisitOn, Tools.StepData.Parse(Step, Data));

    /// <summary>The step's tool, read from <see cref="Data"/>; an empty tool when nothing is stored.</summary>
    public T ReadData<T>()
        where T : Tools.StepData, new() => Tools.StepData.Parse<T>(Data);
}
