using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Reflections;

/// <summary>What the editor of one step holds: the journal text and the step's own fields.</summary>
public sealed record StepAnswer(string Text, int? Mood = null, string? Takeaway = null, DateOnly? RevisitOn = null, StepData? Data = null)
{
    /// <summary>Generous: a long entry of 100,000 characters must save; the cap only stops runaway pastes.</summary>
    public const int MaxTextLength = 200_000;
    public const int MaxTakeawayLength = 280;

    public static StepAnswer Empty { get; } = new("");

    /// <summary>Problems keyed by property name; empty when the answer can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate(ReflectionStep step)
    {
        var errors = new Dictionary<string, string>();
        if (Text.Length > MaxTextLength)
        {
            errors[nameof(Text)] =
                $"This entry is {Text.Length:N0} characters; the limit is {MaxTextLength:N0}. Your last saved version is kept. Shorten it to save again.";
        }

        if (Mood is { } mood && (mood < 1 || mood > 5))
        {
            errors[nameof(Mood)] = "Pick a mood from 1 to 5.";
        }

        if (Mood is not null && step is not (ReflectionStep.CheckIn or ReflectionStep.WrapUp))
        {
            errors[nameof(Mood)] = "Mood is recorded at check-in and wrap-up only.";
        }

        if (Takeaway is not null && step != ReflectionStep.WrapUp)
        {
            errors[nameof(Takeaway)] = "The takeaway belongs to the wrap-up.";
        }
        else if (Takeaway?.Length > MaxTakeawayLength)
        {
            errors[nameof(Takeaway)] = $"Keep the takeaway to one line: at most {MaxTakeawayLength} characters.";
        }
        else if (Takeaway?.IndexOfAny(['\r', '\n']) >= 0)
        {
            errors[nameof(Takeaway)] = "The takeaway is a single line.";
        }

        if (RevisitOn is not null && step != ReflectionStep.WrapUp)
        {
            errors[nameof(RevisitOn)] = "The revisit date belongs to the wrap-up.";
        }

        if (Data is not null)
        {
            if (Data.Step != step)
            {
                errors[nameof(Data)] = "These details belong to another step.";
            }
            else
            {
                var toolErrors = new ToolErrors();
                Data.Validate(toolErrors);
                foreach (var (key, message) in toolErrors.Messages)
                {
                    errors.TryAdd(key, message);
                }
            }
        }

        return errors;
    }
}
