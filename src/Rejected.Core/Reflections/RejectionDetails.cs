namespace Rejected.Core.Reflections;

/// <summary>The facts of a rejection as the user types them; validated before they reach a <see cref="Rejection"/>.</summary>
public sealed class RejectionDetails
{
    public const int MaxCompanyLength = 200;
    public const int MaxRoleTitleLength = 200;
    public const int MaxShortFieldLength = 200;

    public string Company { get; set; } = "";

    public string RoleTitle { get; set; } = "";

    public string? Level { get; set; }

    public string? Team { get; set; }

    public InterviewStage? Stage { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DecisionChannel? Communication { get; set; }

    /// <summary>Comma-separated, as typed.</summary>
    public string? Tags { get; set; }

    /// <summary>Problems keyed by property name; empty when the details can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Company))
        {
            errors[nameof(Company)] = "Please enter the company's name.";
        }
        else if (Company.Trim().Length > MaxCompanyLength)
        {
            errors[nameof(Company)] = $"Please keep the company's name under {MaxCompanyLength} characters.";
        }

        if (string.IsNullOrWhiteSpace(RoleTitle))
        {
            errors[nameof(RoleTitle)] = "Please enter the role you applied for.";
        }
        else if (RoleTitle.Trim().Length > MaxRoleTitleLength)
        {
            errors[nameof(RoleTitle)] = $"Please keep the role under {MaxRoleTitleLength} characters.";
        }

        if (Level?.Trim().Length > MaxShortFieldLength)
        {
            errors[nameof(Level)] = $"Please keep the level under {MaxShortFieldLength} characters.";
        }

        if (Team?.Trim().Length > MaxShortFieldLength)
        {
            errors[nameof(Team)] = $"Please keep the team or discipline under {MaxShortFieldLength} characters.";
        }

        if (DecidedOn > today)
        {
            errors[nameof(DecidedOn)] = "The decision date can't be in the future.";
        }

        if (Stage is { } stage && !Enum.IsDefined(stage))
        {
            errors[nameof(Stage)] = "Please pick a stage from the list.";
        }

        if (Communication is { } channel && !Enum.IsDefined(channel))
        {
            errors[nameof(Communication)] = "Please pick an option from the list.";
        }

        var tags = TextRules.NormalizeTags(Tags);
        if (tags.Count > TextRules.MaxTags)
        {
            errors[nameof(Tags)] = $"Please use at most {TextRules.MaxTags} tags.";
        }
        else if (tags.Any(t => t.Length > TextRules.MaxTagLength))
        {
            errors[nameof(Tags)] = $"Each tag can be at most {TextRules.MaxTagLength} characters.";
        }

        return errors;
    }
}
