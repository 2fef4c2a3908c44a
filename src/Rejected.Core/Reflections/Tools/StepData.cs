using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rejected.Core.Reflections.Tools;

/// <summary>
/// The structured part of a step's journal entry (people to ask, changes, actions, …), saved as JSON
/// next to the free Markdown text. Each middle step and the wrap-up has its own kind; check-in has none.
/// </summary>
public abstract class StepData
{
    public const int MaxItems = 50;
    public const int MaxTextLength = 2_000;

    // [JsonIgnore] on an abstract property does not carry over to its overrides, so computed, get-only
    // properties (Step, IsEmpty, GrowthAction.IsOpen) are left out here instead of being stored.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        IgnoreReadOnlyProperties = true,
    };

    [JsonIgnore]
    public abstract ReflectionStep Step { get; }

    /// <summary>True when nothing has been entered, so nothing needs storing.</summary>
    [JsonIgnore]
    public abstract bool IsEmpty { get; }

    /// <summary>Adds a message for every field or list that breaks a rule.</summary>
    public abstract void Validate(ToolErrors errors);

    public static StepData? Create(ReflectionStep step) => step switch
    {
        ReflectionStep.Feedback => new FeedbackData(),
        ReflectionStep.Priorities => new PrioritiesData(),
        ReflectionStep.Experience => new ExperienceData(),
        ReflectionStep.RoleFit => new RoleFitData(),
        ReflectionStep.WrapUp => new WrapUpData(),
        _ => null,
    };

    /// <summary>Reads the stored JSON of a step; a step with nothing stored gets an empty tool.</summary>
    public static StepData? Parse(ReflectionStep step, string? json)
    {
        var empty = Create(step);
        if (empty is null || string.IsNullOrWhiteSpace(json))
        {
            return empty;
        }

        return (StepData?)JsonSerializer.Deserialize(json, empty.GetType(), Json) ?? empty;
    }

    public static T Parse<T>(string? json)
        where T : StepData, new() =>
        string.IsNullOrWhiteSpace(json) ? new T() : JsonSerializer.Deserialize<T>(json, Json) ?? new T();

    /// <summary>The JSON to store, or null when the tool is empty.</summary>
    public string? ToJson() => IsEmpty ? null : JsonSerializer.Serialize(this, GetType(), Json);

    /// <summary>A deep copy, so a save works on a snapshot while the user keeps editing.</summary>
    public StepData Clone() => (StepData)JsonSerializer.Deserialize(JsonSerializer.Serialize(this, GetType(), Json), GetType(), Json)!;

    protected static void CheckList<T>(ToolErrors errors, string list, IReadOnlyCollection<T> items, string noun)
    {
        if (items.Count > MaxItems)
        {
            errors.Add(list, $"You can keep up to {MaxItems} {noun} here; there are {items.Count}. Remove one to save again.");
        }
    }

    protected static void CheckText(ToolErrors errors, string key, string? value, string label)
    {
        if (value?.Length > MaxTextLength)
        {
            errors.Add(key, string.Create(
                CultureInfo.InvariantCulture,
                $"{label} can be at most {MaxTextLength:N0} characters; it has {value.Length:N0}. Shorten it to save again."));
        }
    }

    protected static void CheckRating(ToolErrors errors, string key, int? value, string label)
    {
        if (value is < 1 or > 5)
        {
            errors.Add(key, $"{label} is a rating from 1 to 5.");
        }
    }

    protected static void CheckEnum<TEnum>(ToolErrors errors, string key, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } defined && !Enum.IsDefined(defined))
        {
            errors.Add(key, "Please pick an option from the list.");
        }
    }

    protected static void CheckTextItems(ToolErrors errors, string list, List<TextItem> items, string noun, string label)
    {
        CheckList(errors, list, items, noun);
        foreach (var item in items)
        {
            CheckText(errors, ToolErrors.Key(list, item.Id, nameof(TextItem.Text)), item.Text, label);
        }
    }

    protected static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}

/// <summary>Validation messages of a step's tool, keyed by list or by list, item and field.</summary>
public sealed class ToolErrors
{
    private readonly Dictionary<string, string> messages = [];

    public int Count => messages.Count;

    public IReadOnlyDictionary<string, string> Messages => messages;

    public static string Key(string list, Guid itemId, string field) => $"{list}:{itemId:N}:{field}";

    public void Add(string key, string message) => messages.TryAdd(key, message);

    public string? For(string key) => messages.GetValueOrDefault(key);

    public string? For(string list, Guid itemId, string field) => messages.GetValueOrDefault(Key(list, itemId, field));
}
