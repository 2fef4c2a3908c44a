namespace Rejected.Web.Components.Shared.Charts;

/// <summary>One bar: a label, a whole number, and whether it deserves attention (e.g. heard more than once).</summary>
public sealed record ChartBar(string Label, int Value, bool Highlight = false);
