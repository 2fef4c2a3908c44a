namespace Rejected.Core.Reflections;

/// <summary>A job the user did not get. Its reflection is the set of journal entries, one per step.</summary>
public sealed class Rejection
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>
    /// Identifies the reflection outside this database: in backups and exported files. Restoring or importing
    /// matches on it, so bringing the same file in twice updates instead of duplicating.
    /// </summary>
    public Guid ExternalId { get; set; } = Guid.NewGuid();

    public required string Company { get; set; }

    public required string RoleTitle { get; set; }

    public string? Level { get; set; }

    public string? Team { get; set; }

    public InterviewStage? Stage { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DecisionChannel? Communication { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>
    /// How many guided steps are done, as last saved. Kept on the row so lists can sort, filter and page
    /// without reading entries; <see cref="StepsDone"/> computes the same from loaded entries.
    /// </summary>
    public int CompletedSteps { get; set; }

    /// <summary>When every step was first done.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<JournalEntry> Entries { get; set; } = [];

    public JournalEntry? EntryFor(ReflectionStep step) => Entries.FirstOrDefault(e => e.Step == step);

    public int? MoodBefore => EntryFor(ReflectionStep.CheckIn)?.Mood;

    public int? MoodAfter => EntryFor(ReflectionStep.WrapUp)?.Mood;

    public int StepsDone => StepGuide.All.Count(g => StepGuide.IsComplete(g.Step, EntryFor(g.Step)));

    /// <summary>Revisit notes, oldest first.</summary>
    public IEnumerable<JournalEntry> Revisits => Entries.Where(e => e.Step == ReflectionStep.Revisit).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id);

    /// <summary>The wrap-up's revisit date, when there is one.</summary>
    public DateOnly? RevisitOn => EntryFor(ReflectionStep.WrapUp)?.RevisitOn;

    public bool IsFinished => StepsDone == StepGuide.All.Count;

    public void Apply(RejectionDetails details)
    {
        Company = details.Company.Trim();
        RoleTitle = details.RoleTitle.Trim();
        Level = TextRules.NullIfBlank(details.Level);
        Team = TextRules.NullIfBlank(details.Team);
        Stage = details.Stage;
        DecidedOn = details.DecidedOn;
        Communication = details.Communication;
        Tags = TextRules.NormalizeTags(details.Tags);
    }

    public RejectionDetails ToDetails() => new()
    {
        Company = Company,
        RoleTitle = RoleTitle,
        Level = Level,
        Team = Team,
        Stage = Stage,
        DecidedOn = DecidedOn,
        Communication = Communication,
        Tags = string.Join(", ", Tags),
    };
}
