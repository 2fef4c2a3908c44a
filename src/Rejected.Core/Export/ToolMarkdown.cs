using System.Globalization;
using System.Text;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Text;

namespace Rejected.Core.Export;

/// <summary>Writes a step's tool as Markdown lists and tables that read well as plain text too.</summary>
public static class ToolMarkdown
{
    /// <summary>The tool's Markdown, or "" when there is nothing to show. Every user value is escaped.</summary>
    public static string Write(StepData? data, Rejection rejection)
    {
        if (data is null || data.IsEmpty)
        {
            return "";
        }

        var md = new StringBuilder();
        switch (data)
        {
            case FeedbackData feedback:
                WriteFeedback(md, feedback);
                break;
            case PrioritiesData priorities:
                WritePriorities(md, priorities);
                break;
            case ExperienceData experience:
                WriteExperience(md, experience, rejection);
                break;
            case RoleFitData roleFit:
                WriteRoleFit(md, roleFit);
                break;
            case WrapUpData wrapUp:
                WriteTextList(md, "Other groups and disciplines worth a look", wrapUp.OtherGroups);
                break;
        }

        return md.ToString().TrimEnd('\n');
    }

    private static void WriteFeedback(StringBuilder md, FeedbackData data)
    {
        var people = data.People.Where(p => !Blank(p.Name) || p.Relationship is not null).ToList();
        if (people.Count > 0)
        {
            md.Append("### People to ask\n\n");
            foreach (var person in people)
            {
                md.Append("- **").Append(Inline(person.Name, "Someone")).Append("**");
                Details(md, person.Relationship?.Label(), person.Status.Label(), Dated("asked", person.AskedOn), Dated("follow up", person.FollowUpOn));
            }

            md.Append('\n');
        }

        var received = data.Received.Where(f => !Blank(f.Said)).ToList();
        if (received.Count > 0)
        {
            md.Append("### Feedback received\n\n");
            foreach (var item in received)
            {
                md.Append("- ").Append(MarkdownText.EscapeInline(item.Said.Trim()));
                Details(
                    md,
                    Blank(item.From) ? null : "from " + item.From.Trim(),
                    item.Category?.Label(),
                    item.Agreement is { } agreement ? "I agree: " + agreement.Label().ToLowerInvariant() : null);
            }

            md.Append('\n');
        }
    }

    private static void WritePriorities(StringBuilder md, PrioritiesData data)
    {
        var ranked = PriorityRanking.Rank(data.Changes.Where(c => !Blank(c.Title))).ToList();
        if (ranked.Count == 0)
        {
            return;
        }

        md.Append("### Changes, ranked\n\n");
        for (var i = 0; i < ranked.Count; i++)
        {
            var change = ranked[i];
            md.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". **").Append(Inline(change.Title, "")).Append("**");
            Details(
                md,
                change.Kind?.Label(),
                change.Feasibility is { } feasibility ? $"can do it: {feasibility}/5" : null,
                change.Impact is { } impact ? $"would matter: {impact}/5" : null,
                change.Decision is { } decision ? "decision: " + decision.Label().ToLowerInvariant() : "not decided");
        }

        md.Append('\n');
    }

    private static void WriteExperience(StringBuilder md, ExperienceData data, Rejection rejection)
    {
        var actions = data.Actions.Where(a => !Blank(a.What)).ToList();
        if (actions.Count == 0)
        {
            return;
        }

        var changes = rejection.EntryFor(ReflectionStep.Priorities)?.ReadData<PrioritiesData>().Changes ?? [];
        md.Append("### Actions at work\n\n");
        foreach (var action in actions)
        {
            var change = changes.FirstOrDefault(c => c.Id == action.ChangeId);
            md.Append("- **").Append(Inline(action.What, "")).Append("**");
            Details(
                md,
                action.Status.Label(),
                change is null || Blank(change.Title) ? null : "for: " + change.Title.Trim(),
                action.Opportunity?.Label(),
                Blank(action.WhoToTalkTo) ? null : "talk to: " + action.WhoToTalkTo.Trim(),
                Dated("by", action.TargetDate),
                Blank(action.Notes) ? null : "notes: " + action.Notes.Trim());
        }

        md.Append('\n');
    }

    private static void WriteRoleFit(StringBuilder md, RoleFitData data)
    {
        WriteTextList(md, "What appealed", data.Appealed);
        WriteTextList(md, "What didn't", data.DidNotAppeal);

        if (data.Verdict is not null || !Blank(data.VerdictWhy))
        {
            md.Append("### Is it right for me?\n\n");
            if (data.Verdict is { } verdict)
            {
                md.Append("**").Append(verdict.Label()).Append("**\n\n");
            }

            if (!Blank(data.VerdictWhy))
            {
                md.Append(MarkdownText.EscapeBlock(data.VerdictWhy)).Append("\n\n");
            }
        }

        if (!Blank(data.WantVsFit))
        {
            md.Append("### What I want vs. what fits me now\n\n").Append(MarkdownText.EscapeBlock(data.WantVsFit)).Append("\n\n");
        }

        var levels = data.Levels.Where(l => !(Blank(l.Company) && Blank(l.Title) && Blank(l.Scope) && Blank(l.YourRead))).ToList();
        if (levels.Count > 0)
        {
            md.Append("### How levels compare\n\n");
            md.Append("| Company | Title | Scope or expectations | My read |\n");
            md.Append("| --- | --- | --- | --- |\n");
            foreach (var level in levels)
            {
                md.Append("| ").Append(Inline(level.Company, " ")).Append(" | ").Append(Inline(level.Title, " "))
                    .Append(" | ").Append(Inline(level.Scope, " ")).Append(" | ").Append(Inline(level.YourRead, " ")).Append(" |\n");
            }

            md.Append('\n');
        }

        var variations = data.Variations.Where(v => !(Blank(v.Company) && Blank(v.TeamOrRole))).ToList();
        if (variations.Count > 0)
        {
            md.Append("### Variations of the role to look at\n\n");
            foreach (var variation in variations)
            {
                md.Append("- **").Append(Inline(variation.Company, "Somewhere")).Append("**");
                Details(md, Blank(variation.TeamOrRole) ? null : variation.TeamOrRole.Trim());
            }

            md.Append('\n');
        }
    }

    private static void WriteTextList(StringBuilder md, string heading, List<TextItem> items)
    {
        var lines = items.Where(i => !Blank(i.Text)).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        md.Append("### ").Append(heading).Append("\n\n");
        foreach (var item in lines)
        {
            md.Append("- ").Append(MarkdownText.EscapeInline(item.Text.Trim())).Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>Appends " — a · b · c" for the values present, then ends the line.</summary>
    private static void Details(StringBuilder md, params string?[] values)
    {
        var present = values.Where(v => !Blank(v)).Select(v => MarkdownText.EscapeInline(v!)).ToList();
        if (present.Count > 0)
        {
            md.Append(" — ").Append(string.Join(" · ", present));
        }

        md.Append('\n');
    }

    private static string? Dated(string label, DateOnly? date) =>
        date is { } value ? $"{label} {value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : null;

    private static string Inline(string? value, string fallback)
    {
        var escaped = MarkdownText.EscapeInline(value?.Trim() ?? "").Trim();
        return escaped.Length == 0 ? fallback : escaped;
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
