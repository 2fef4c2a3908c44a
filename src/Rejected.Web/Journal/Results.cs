namespace Rejected.Web.Journal;

public enum SaveStatus
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
}

/// <summary>What happened to a save. <see cref="Version"/> is the entry's version after the save, or the current one on a conflict.</summary>
public sealed record SaveResult(SaveStatus Status, int Version, IReadOnlyDictionary<string, string> Errors, DateTimeOffset? SavedAt = null)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public static SaveResult Saved(int version, DateTimeOffset at) => new(SaveStatus.Saved, version, NoErrors, at);

    public static SaveResult Invalid(IReadOnlyDictionary<string, string> errors) => new(SaveStatus.Invalid, 0, errors);

    public static SaveResult Conflict(int currentVersion) => new(SaveStatus.Conflict, currentVersion, NoErrors);

    public static SaveResult NotFound { get; } = new(SaveStatus.NotFound, 0, NoErrors);
}

/// <summary>The outcome of recording or editing a rejection's facts.</summary>
public sealed record DetailsResult(int? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Id is not null && Errors.Count == 0;
}

/// <summary>One row of the journal list.</summary>
public sealed record RejectionSummary(
    int Id,
    string Company,
    string RoleTitle,
    Rejected.Core.Reflections.InterviewStage? Stage,
    DateOnly? DecidedOn,
    int StepsDone,
    int StepCount,
    int? MoodBefore,
    int? MoodAfter)
{
    /// <summary>When it happened, for grouping by month: the decision date, or the day it was recorded.</summary>
    public DateOnly Date { get; init; }
}
