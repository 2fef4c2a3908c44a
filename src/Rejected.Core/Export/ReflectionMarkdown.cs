using System.Globalization;
using System.Text;
using Rejected.Core.Reflections;
using Rejected.Core.Text;

namespace Rejected.Core.Export;

/// <summary>
/// Writes one reflection as a Markdown file with YAML front matter that reads well in any CommonMark viewer, and that
/// <see cref="ReflectionMarkdownReader"/> reads back: writing what it reads gives the same file (apart from
/// exported_at). The front matter carries the facts; the body carries the steps, their tools and the revisit notes.
/// </summary>
public static class ReflectionMarkdown
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static string Write(Rejection rejection, DateTimeOffset exportedAt)
    {
        var md = new StringBuilder();
        md.Append("---\n");
        md.Append("id: ").Append(rejection.ExternalId.ToString("D")).Append('\n');
        md.Append("company: ").Append(YamlScalar.Quote(rejection.Company)).Append('\n');
        md.Append("role: ").Append(YamlScalar.Quote(rejection.RoleTitle)).Append('\n');
        md.Append("level: ").Append(YamlScalar.Quote(rejection.Level)).Append('\n');
        md.Append("team: ").Append(YamlScalar.Quote(rejection.Team)).Append('\n');
        md.Append("stage: ").Append(YamlScalar.Quote(rejection.Stage?.Label())).Append('\n');
        md.Append("decided_on: ").Append(YamlScalar.Date(rejection.DecidedOn)).Append('\n');
        md.Append("communication: ").Append(YamlScalar.Quote(rejection.Communication?.Label())).Append('\n');
        md.Append("tags: ").Append(YamlScalar.List(rejection.Tags)).Append('\n');
        md.Append("mood_before: ").Append(YamlScalar.Number(rejection.MoodBefore)).Append('\n');
        md.Append("mood_after: ").Append(YamlScalar.Number(rejection.MoodAfter)).Append('\n');
        md.Append("exported_at: ")
            .Append(YamlScalar.Quote(exportedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)))
            .Append('\n');
        md.Append("---\n\n");

        md.Append("# ").Append(MarkdownText.EscapeInline($"{rejection.RoleTitle} at {rejection.Company}")).Append("\n\n");
        WriteFacts(md, rejection);

        foreach (var guide in StepGuide.All)
        {
            var entry = rejection.EntryFor(guide.Step);
            md.Append(JournalMarkdown.StepHeading(guide.Step)).Append("\n\n");
            var wroteFields = WriteStepFields(md, guide.Step, entry);
            var tool = ToolMarkdown.Write(entry?.ToAnswer().Data, rejection);
            if (tool.Length > 0)
            {
                md.Append(tool).Append("\n\n");
            }

            var text = JournalMarkdown.Normalize(entry?.Text);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (!wroteFields && tool.Length == 0)
                {
                    md.Append(JournalMarkdown.NotWrittenYet).Append("\n\n");
                }

                continue;
            }

            if (tool.Length > 0)
            {
                md.Append(JournalMarkdown.JournalHeading).Append("\n\n");
            }

            md.Append(JournalMarkdown.Write(text)).Append("\n\n");
        }

        var revisits = rejection.Revisits.Where(n => !string.IsNullOrWhiteSpace(n.Text)).ToList();
        if (revisits.Count > 0)
        {
            md.Append(JournalMarkdown.RevisitsHeading).Append("\n\n");
            foreach (var note in revisits)
            {
                md.Append(JournalMarkdown.RevisitHeading(DateOnly.FromDateTime(note.CreatedAt.UtcDateTime))).Append("\n\n");
                md.Append(JournalMarkdown.Write(JournalMarkdown.Normalize(note.Text))).Append("\n\n");
            }
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteFacts(StringBuilder md, Rejection rejection)
    {
        void Fact(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                md.Append("- **").Append(name).Append(":** ").Append(MarkdownText.EscapeInline(value)).Append('\n');
            }
        }

        Fact("Company", rejection.Company);
        Fact("Role", rejection.RoleTitle);
        Fact("Level", rejection.Level);
        Fact("Team or discipline", rejection.Team);
        Fact("Stage reached", rejection.Stage?.Label());
        Fact("Decision date", rejection.DecidedOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        Fact("Heard by", rejection.Communication?.Label());
        Fact("Tags", rejection.Tags.Count > 0 ? string.Join(", ", rejection.Tags) : null);
        md.Append('\n');
    }

    /// <summary>Writes the step's own fields (mood, takeaway, revisit date); true when there was any.</summary>
    private static bool WriteStepFields(StringBuilder md, ReflectionStep step, JournalEntry? entry)
    {
        if (entry is null)
        {
            return false;
        }

        var wrote = false;
        if (entry.Mood is { } mood)
        {
            var name = step == ReflectionStep.WrapUp ? JournalMarkdown.MoodAfterField : JournalMarkdown.MoodField;
            md.Append(JournalMarkdown.FieldPrefix(name))
                .Append(mood.ToString(CultureInfo.InvariantCulture)).Append(" of 5 (")
                .Append(ReflectionLabels.MoodLabel(mood)).Append(")\n");
            wrote = true;
        }

        if (!string.IsNullOrWhiteSpace(entry.Takeaway))
        {
            md.Append(JournalMarkdown.FieldPrefix(JournalMarkdown.TakeawayField)).Append(MarkdownLiteral.Inline(entry.Takeaway, 2)).Append('\n');
            wrote = true;
        }

        if (entry.RevisitOn is { } revisit)
        {
            md.Append(JournalMarkdown.FieldPrefix(JournalMarkdown.RevisitOnField))
                .Append(revisit.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            wrote = true;
        }

        if (wrote)
        {
            md.Append('\n');
        }

        return wrote;
    }
}
