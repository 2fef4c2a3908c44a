using System.Globalization;
using System.Text.Json;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Tests.Export;

/// <summary>
/// Describes, one line per field, what an exported file carries of a reflection, normalized the way the export
/// normalizes it: line breaks are LF, journal text loses the blank lines around it, tool values lose the white space
/// around them, blank items and empty steps are left out, changes come in ranked order, and an action's link to a
/// change is shown by the change's title. Ids, owners and times (other than a revisit note's day) are not carried.
/// Two reflections with the same description export to the same file. With <c>normalize: false</c> nothing is
/// normalized, to check that what the reader gives back is already in that form.
/// </summary>
internal sealed class CarriedFields(bool normalize)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Describe(Rejection rejection, bool normalize = true) => new CarriedFields(normalize).Lines(rejection);

    private string Lines(Rejection rejection)
    {
        var lines = new List<string>
        {
            "id: " + rejection.ExternalId,
            "company: " + Quote(rejection.Company),
            "role: " + Quote(rejection.RoleTitle),
            "level: " + Quote(rejection.Level),
            "team: " + Quote(rejection.Team),
            "stage: " + rejection.Stage,
            "decided on: " + rejection.DecidedOn,
            "communication: " + rejection.Communication,
            "tags: " + JsonSerializer.Serialize(rejection.Tags, Json),
        };

        foreach (var guide in StepGuide.All)
        {
            var entry = rejection.EntryFor(guide.Step);
            var step = new List<string>();
            Add(step, "text", Text(entry?.Text));
            Add(step, "mood", entry?.Mood?.ToString(CultureInfo.InvariantCulture));
            Add(step, "takeaway", Value(entry?.Takeaway));
            Add(step, "revisit on", entry?.RevisitOn?.ToString());
            step.AddRange(Tool(entry?.ToAnswer().Data, rejection));
            if (!normalize && entry is not null && step.Count == 0)
            {
                step.Add("(an entry with nothing in it)");
            }

            lines.Add($"step {guide.Step}:" + (step.Count == 0 ? " -" : ""));
            lines.AddRange(step.Select(l => "  " + l));
        }

        foreach (var note in Kept(rejection.Revisits, n => !string.IsNullOrWhiteSpace(n.Text)))
        {
            lines.Add($"revisit {DateOnly.FromDateTime(note.CreatedAt.UtcDateTime):yyyy-MM-dd}: {Quote(Text(note.Text))}");
        }

        return string.Join('\n', lines);
    }

    private IEnumerable<string> Tool(StepData? data, Rejection rejection)
    {
        var lines = new List<string>();
        switch (data)
        {
            case FeedbackData feedback:
                foreach (var person in Kept(feedback.People, p => !Blank(p.Name) || p.Relationship is not null))
                {
                    lines.Add($"person {Quote(Value(person.Name))} {person.Relationship} {person.Status} {person.AskedOn} {person.FollowUpOn}");
                }

                foreach (var item in Kept(feedback.Received, f => !Blank(f.Said)))
                {
                    lines.Add($"feedback {Quote(Value(item.Said))} from {Quote(Value(item.From))} {item.Category} {item.Agreement}");
                }

                break;
            case PrioritiesData priorities:
                foreach (var change in normalize ? PriorityRanking.Rank(priorities.Changes.Where(c => !Blank(c.Title))) : priorities.Changes)
                {
                    lines.Add($"change {Quote(Value(change.Title))} {change.Kind} {change.Feasibility} {change.Impact} {change.Decision}");
                }

                break;
            case ExperienceData experience:
                var changes = rejection.EntryFor(ReflectionStep.Priorities)?.ReadData<PrioritiesData>().Changes ?? [];
                foreach (var action in Kept(experience.Actions, a => !Blank(a.What)))
                {
                    var change = changes.FirstOrDefault(c => c.Id == action.ChangeId && !Blank(c.Title));
                    lines.Add(
                        $"action {Quote(Value(action.What))} {action.Status} for {Quote(Value(change?.Title))} {action.Opportunity} "
                        + $"talk to {Quote(Value(action.WhoToTalkTo))} {action.TargetDate} notes {Quote(Value(action.Notes))}");
                }

                break;
            case RoleFitData roleFit:
                lines.AddRange(Kept(roleFit.Appealed, i => !Blank(i.Text)).Select(i => "appealed " + Quote(Value(i.Text))));
                lines.AddRange(Kept(roleFit.DidNotAppeal, i => !Blank(i.Text)).Select(i => "did not appeal " + Quote(Value(i.Text))));
                if (roleFit.Verdict is not null || !Blank(roleFit.VerdictWhy))
                {
                    lines.Add($"verdict {roleFit.Verdict} {Quote(Value(roleFit.VerdictWhy))}");
                }

                if (!Blank(roleFit.WantVsFit))
                {
                    lines.Add("want vs fit " + Quote(Value(roleFit.WantVsFit)));
                }

                lines.AddRange(Kept(roleFit.Levels, l => !(Blank(l.Company) && Blank(l.Title) && Blank(l.Scope) && Blank(l.YourRead)))
                    .Select(l => $"level {Quote(Value(l.Company))} {Quote(Value(l.Title))} {Quote(Value(l.Scope))} {Quote(Value(l.YourRead))}"));
                lines.AddRange(Kept(roleFit.Variations, v => !(Blank(v.Company) && Blank(v.TeamOrRole)))
                    .Select(v => $"variation {Quote(Value(v.Company))} {Quote(Value(v.TeamOrRole))}"));

                break;
            case WrapUpData wrapUp:
                lines.AddRange(Kept(wrapUp.OtherGroups, i => !Blank(i.Text)).Select(i => "other group " + Quote(Value(i.Text))));
                break;
        }

        return lines;
    }

    /// <summary>Journal text as exported: LF line breaks, no blank lines around it, nothing when it is only white space.</summary>
    private string Text(string? text)
    {
        var normalized = normalize ? LineFeeds(text ?? "").Trim('\n') : text ?? "";
        return normalize && string.IsNullOrWhiteSpace(normalized) ? "" : normalized;
    }

    /// <summary>A single value as exported: LF line breaks and no white space around it.</summary>
    private string Value(string? value) => normalize ? LineFeeds(value ?? "").Trim() : value ?? "";

    /// <summary>Blank items are not exported; the reader must not give back any.</summary>
    private IEnumerable<T> Kept<T>(IEnumerable<T> items, Func<T, bool> shown) => normalize ? items.Where(shown) : items;

    private static string LineFeeds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static void Add(List<string> lines, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            lines.Add(name + ": " + Quote(value));
        }
    }

    // JSON string syntax shows control characters and line breaks, so a failing comparison is readable.
    private static string Quote(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, Json);

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
