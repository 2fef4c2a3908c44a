using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Rejected.Core.Reflections;
using Rejected.Core.Text;

namespace Rejected.Core.Export;

/// <summary>Writes one reflection as a Markdown file with YAML front matter that reads well in any CommonMark viewer.</summary>
public static class ReflectionMarkdown
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static string Write(Rejection rejection, DateTimeOffset exportedAt)
    {
        var md = new StringBuilder();
        md.Append("---\n");
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
            md.Append("## ").Append(MarkdownText.EscapeInline(guide.Title)).Append("\n\n");
            var wroteFields = WriteStepFields(md, guide.Step, entry);
            var tool = ToolMarkdown.Write(entry?.ToAnswer().Data, rejection);
            if (tool.Length > 0)
            {
                md.Append(tool).Append("\n\n");
            }

            var text = entry?.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                if (!wroteFields && tool.Length == 0)
                {
                    md.Append("*Not written yet.*\n\n");
                }

                continue;
            }

            if (tool.Length > 0)
            {
                md.Append("### Journal\n\n");
            }

            md.Append(CloseOpenFence(text)).Append("\n\n");
        }

        var revisits = rejection.Revisits.Where(n => !string.IsNullOrWhiteSpace(n.Text)).ToList();
        if (revisits.Count > 0)
        {
            md.Append("## Revisits\n\n");
            foreach (var note in revisits)
            {
                md.Append("### ").Append(note.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
                md.Append(CloseOpenFence(note.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n'))).Append("\n\n");
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
            var name = step == ReflectionStep.WrapUp ? "Mood after" : "Mood";
            md.Append("- **").Append(name).Append(":** ")
                .Append(mood.ToString(CultureInfo.InvariantCulture)).Append(" of 5 (")
                .Append(ReflectionLabels.MoodLabel(mood)).Append(")\n");
            wrote = true;
        }

        if (!string.IsNullOrWhiteSpace(entry.Takeaway))
        {
            md.Append("- **Takeaway:** ").Append(MarkdownText.EscapeInline(entry.Takeaway)).Append('\n');
            wrote = true;
        }

        if (entry.RevisitOn is { } revisit)
        {
            md.Append("- **Revisit on:** ").Append(revisit.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            wrote = true;
        }

        if (wrote)
        {
            md.Append('\n');
        }

        return wrote;
    }

    // A code fence or an HTML block (<!--, <pre>, <script>) the user opened but never closed would swallow every
    // heading after it in a CommonMark viewer; close it so the rest of the file keeps its structure.
    private static string CloseOpenFence(string text)
    {
        var document = Markdown.Parse(text);
        if (document.LastChild is FencedCodeBlock { ClosingFencedCharCount: 0 } fence)
        {
            return text + "\n" + new string(fence.FencedChar, Math.Max(3, fence.OpeningFencedCharCount));
        }

        if (document.LastChild is HtmlBlock { Lines.Count: > 0 } html && UnclosedHtmlEnd(html) is { } end)
        {
            return text + "\n" + end;
        }

        return text;
    }

    // These HTML blocks run until a line holds their end marker, or to the end of the document.
    private static string? UnclosedHtmlEnd(HtmlBlock html)
    {
        var first = html.Lines.Lines[0].Slice.ToString().TrimStart();
        var last = html.Lines.Lines[html.Lines.Count - 1].Slice.ToString();
        string[] ends = html.Type switch
        {
            HtmlBlockType.Comment => ["-->"],
            HtmlBlockType.ProcessingInstruction => ["?>"],
            HtmlBlockType.DocumentType => [">"],
            HtmlBlockType.CData => ["]]>"],
            HtmlBlockType.ScriptPreOrStyle => ["</script>", "</pre>", "</style>", "</textarea>"],
            _ => [],
        };

        if (ends.Length == 0 || ends.Any(e => last.Contains(e, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // Close with the tag that was opened: <pre> with </pre>.
        return html.Type == HtmlBlockType.ScriptPreOrStyle
            ? ends.FirstOrDefault(e => first.StartsWith("<" + e[2..^1], StringComparison.OrdinalIgnoreCase)) ?? ends[0]
            : ends[0];
    }
}
