using System.Globalization;
using System.Text;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Text;

namespace Rejected.Core.Export;

/// <summary>
/// Writes a step's tool as Markdown lists and tables that read well as plain text too. Every user value is written
/// with <see cref="MarkdownLiteral"/>, so <see cref="ReflectionMarkdownReader"/> can read the tool back exactly.
/// </summary>
public static class ToolMarkdown
{
    // Section headings, shared with the reader.
    internal const string PeopleHeading = "People to ask";
    internal const string ReceivedHeading = "Feedback received";
    internal const string ChangesHeading = "Changes, ranked";
    internal const string ActionsHeading = "Actions at work";
    internal const string AppealedHeading = "What appealed";
    internal const string DidNotAppealHeading = "What didn't";
    internal const string VerdictHeading = "Is it right for me?";
    internal const string WantVsFitHeading = "What I want vs. what fits me now";
    internal const string LevelsHeading = "How levels compare";
    internal const string VariationsHeading = "Variations of the role to look at";
    internal const string OtherGroupsHeading = "Other groups and disciplines worth a look";

    internal const string LevelsHeader = "| Company | Title | Scope or expectations | My read |";
    internal const string LevelsDelimiter = "| --- | --- | --- | --- |";

    // Shown in place of a missing name; a value equal to one of these is written so it is not taken for it.
    internal const string NoName = "Someone";
    internal const string NoCompany = "Somewhere";

    // Between a list item's value and its details, and between the details.
    internal const string DetailsSeparator = " — ";
    internal const string DetailSeparator = " · ";

    // Labels of the details that carry a user value or a number.
    internal const string FromLabel = "from ";
    internal const string AgreeLabel = "I agree: ";
    internal const string AskedLabel = "asked ";
    internal const string FollowUpLabel = "follow up ";
    internal const string FeasibilityLabel = "can do it: ";
    internal const string ImpactLabel = "would matter: ";
    internal const string DecisionLabel = "decision: ";
    internal const string NotDecided = "not decided";
    internal const string ForLabel = "for: ";
    internal const string TalkToLabel = "talk to: ";
    internal const string ByLabel = "by ";
    internal const string NotesLabel = "notes: ";
    internal const string OutOfFive = "/5";

    /// <summary>The headings each tool can write, in order.</summary>
    internal static IReadOnlyList<string> HeadingsOf(ReflectionStep step) => step switch
    {
        ReflectionStep.Feedback => [PeopleHeading, ReceivedHeading],
        ReflectionStep.Priorities => [ChangesHeading],
        ReflectionStep.Experience => [ActionsHeading],
        ReflectionStep.RoleFit => [AppealedHeading, DidNotAppealHeading, VerdictHeading, WantVsFitHeading, LevelsHeading, VariationsHeading],
        ReflectionStep.WrapUp => [OtherGroupsHeading],
        _ => [],
    };

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
                WriteTextList(md, OtherGroupsHeading, wrapUp.OtherGroups);
                break;
        }

        return md.ToString().TrimEnd('\n');
    }

    private static void WriteFeedback(StringBuilder md, FeedbackData data)
    {
        var people = data.People.Where(p => !Blank(p.Name) || p.Relationship is not null).ToList();
        if (people.Count > 0)
        {
            Heading(md, PeopleHeading);
            foreach (var person in people)
            {
                md.Append("- **").Append(Blank(person.Name) ? NoName : MarkdownLiteral.Inline(person.Name, 2, NoName)).Append("**");
                Details(
                    md,
                    Label(person.Relationship?.Label()),
                    Label(person.Status.Label()),
                    Dated(AskedLabel, person.AskedOn),
                    Dated(FollowUpLabel, person.FollowUpOn));
            }

            md.Append('\n');
        }

        var received = data.Received.Where(f => !Blank(f.Said)).ToList();
        if (received.Count > 0)
        {
            Heading(md, ReceivedHeading);
            foreach (var item in received)
            {
                md.Append("- ").Append(MarkdownLiteral.Inline(item.Said, 2));
                Details(
                    md,
                    Labelled(FromLabel, item.From),
                    Label(item.Category?.Label()),
                    item.Agreement is { } agreement ? Label(AgreeLabel + agreement.Label().ToLowerInvariant()) : null);
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

        Heading(md, ChangesHeading);
        for (var i = 0; i < ranked.Count; i++)
        {
            var change = ranked[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            md.Append(number).Append(". **").Append(MarkdownLiteral.Inline(change.Title, number.Length + 2)).Append("**");
            Details(
                md,
                Label(change.Kind?.Label()),
                Rating(FeasibilityLabel, change.Feasibility),
                Rating(ImpactLabel, change.Impact),
                Label(change.Decision is { } decision ? DecisionLabel + decision.Label().ToLowerInvariant() : NotDecided));
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
        Heading(md, ActionsHeading);
        foreach (var action in actions)
        {
            var change = changes.FirstOrDefault(c => c.Id == action.ChangeId);
            md.Append("- **").Append(MarkdownLiteral.Inline(action.What, 2)).Append("**");
            Details(
                md,
                Label(action.Status.Label()),
                Labelled(ForLabel, change?.Title),
                Label(action.Opportunity?.Label()),
                Labelled(TalkToLabel, action.WhoToTalkTo),
                Dated(ByLabel, action.TargetDate),
                Labelled(NotesLabel, action.Notes));
        }

        md.Append('\n');
    }

    private static void WriteRoleFit(StringBuilder md, RoleFitData data)
    {
        WriteTextList(md, AppealedHeading, data.Appealed);
        WriteTextList(md, DidNotAppealHeading, data.DidNotAppeal);

        if (data.Verdict is not null || !Blank(data.VerdictWhy))
        {
            Heading(md, VerdictHeading);
            if (data.Verdict is { } verdict)
            {
                md.Append("**").Append(verdict.Label()).Append("**\n\n");
            }

            if (!Blank(data.VerdictWhy))
            {
                md.Append(MarkdownLiteral.Block(data.VerdictWhy)).Append("\n\n");
            }
        }

        if (!Blank(data.WantVsFit))
        {
            Heading(md, WantVsFitHeading);
            md.Append(MarkdownLiteral.Block(data.WantVsFit)).Append("\n\n");
        }

        var levels = data.Levels.Where(l => !(Blank(l.Company) && Blank(l.Title) && Blank(l.Scope) && Blank(l.YourRead))).ToList();
        if (levels.Count > 0)
        {
            Heading(md, LevelsHeading);
            md.Append(LevelsHeader).Append('\n');
            md.Append(LevelsDelimiter).Append('\n');
            foreach (var level in levels)
            {
                md.Append("| ").Append(Cell(level.Company)).Append(" | ").Append(Cell(level.Title))
                    .Append(" | ").Append(Cell(level.Scope)).Append(" | ").Append(Cell(level.YourRead)).Append(" |\n");
            }

            md.Append('\n');
        }

        var variations = data.Variations.Where(v => !(Blank(v.Company) && Blank(v.TeamOrRole))).ToList();
        if (variations.Count > 0)
        {
            Heading(md, VariationsHeading);
            foreach (var variation in variations)
            {
                md.Append("- **").Append(Blank(variation.Company) ? NoCompany : MarkdownLiteral.Inline(variation.Company, 2, NoCompany)).Append("**");
                Details(md, Blank(variation.TeamOrRole) ? null : MarkdownLiteral.Inline(variation.TeamOrRole, 2));
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

        Heading(md, heading);
        foreach (var item in lines)
        {
            md.Append("- ").Append(MarkdownLiteral.Inline(item.Text, 2)).Append('\n');
        }

        md.Append('\n');
    }

    private static void Heading(StringBuilder md, string heading) => md.Append("### ").Append(heading).Append("\n\n");

    /// <summary>Appends " — a · b · c" for the details present (each already written as Markdown), then ends the line.</summary>
    private static void Details(StringBuilder md, params string?[] details)
    {
        var present = details.Where(d => d is not null).ToList();
        if (present.Count > 0)
        {
            md.Append(DetailsSeparator).Append(string.Join(DetailSeparator, present));
        }

        md.Append('\n');
    }

    private static string? Label(string? label) => label is null ? null : MarkdownText.EscapeInline(label);

    private static string? Labelled(string label, string? value) => Blank(value) ? null : label + MarkdownLiteral.Inline(value!, 2);

    private static string? Rating(string label, int? value) =>
        value is { } rating ? label + rating.ToString(CultureInfo.InvariantCulture) + OutOfFive : null;

    private static string? Dated(string label, DateOnly? date) =>
        date is { } value ? label + value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    // An empty cell is written as a space so the row keeps its shape in plain text.
    private static string Cell(string? value) => Blank(value) ? " " : MarkdownLiteral.Cell(value!);

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
