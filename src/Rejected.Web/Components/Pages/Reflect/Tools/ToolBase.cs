using Microsoft.AspNetCore.Components;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Web.Components.Pages.Reflect.Tools;

/// <summary>
/// What every step tool shares: the step page's validation messages, the callback that tells the page to
/// save, and field ids and message look-ups in the form <see cref="ToolErrors"/> keys them.
/// </summary>
public abstract class ToolBase : ComponentBase
{
    [Parameter, EditorRequired]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = default!;

    [Parameter, EditorRequired]
    public EventCallback OnChanged { get; set; }

    protected static string FieldId(ToolItem item, string field) => $"{field}-{item.Id:N}";

    protected string? Error(string key) => Errors.GetValueOrDefault(key);

    protected string? Error(string list, ToolItem item, string field) => Errors.GetValueOrDefault(ToolErrors.Key(list, item.Id, field));

    /// <summary>Applies an edit to the tool and asks the page to save it.</summary>
    protected Task Set(Action change)
    {
        change();
        return OnChanged.InvokeAsync();
    }
}
