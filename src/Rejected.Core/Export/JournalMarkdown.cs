using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Rejected.Core.Reflections;
using Rejected.Core.Text;

namespace Rejected.Core.Export;

/// <summary>
/// The lines that give an exported file its structure, and how journal text (the user's own Markdown) is written
/// between them so that <see cref="ReflectionMarkdownReader"/> finds exactly where it starts and ends.
/// </summary>
/// <remarks>
/// Journal text is written as the Markdown it is, with two changes the reader undoes:
/// <list type="bullet">
/// <item>A line of the text that reads as one of the file's own structural lines (a step heading, "### Journal",
/// a revisit date, "- **Takeaway:** …", …) gets one more leading space. Up to three leading spaces change nothing in
/// a CommonMark viewer, so the user's heading still shows as a heading, but the reader no longer takes it for ours.</item>
/// <item>A code block or HTML block left open at the end is closed, followed by <see cref="ClosedBlockMarker"/>, so it
/// does not swallow the rest of the file in a viewer; the reader removes both lines.</item>
/// </list>
/// </remarks>
internal static partial class JournalMarkdown
{
    public const string NotWrittenYet = "*Not written yet.*";
    public const string JournalHeading = "### Journal";
    public const string RevisitsHeading = "## Revisits";
    public const string ClosedBlockMarker = "<!-- closed by the export -->";

    public const string MoodField = "Mood";
    public const string MoodAfterField = "Mood after";
    public const string TakeawayField = "Takeaway";
    public const string RevisitOnField = "Revisit on";

    private static readonly HashSet<string> StructuralLines = BuildStructuralLines();

    private static readonly string[] FieldPrefixes =
        [FieldPrefix(MoodField), FieldPrefix(MoodAfterField), FieldPrefix(TakeawayField), FieldPrefix(RevisitOnField)];

    public static string StepHeading(ReflectionStep step) => "## " + MarkdownText.EscapeInline(StepGuide.For(step).Title);

    public static string RevisitHeading(DateOnly day) => "### " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FieldPrefix(string name) => "- **" + name + ":** ";

    /// <summary>A revisit note's heading: "### " and a date (not necessarily a valid one).</summary>
    [GeneratedRegex(@"^### (\d{4}-\d{2}-\d{2})$")]
    public static partial Regex RevisitHeadingPattern();

    /// <summary>The text as it is exported: line feeds only, without the blank lines around it.</summary>
    public static string Normalize(string? text) => MarkdownLiteral.NormalizeLineEndings(text ?? "").Trim('\n');

    /// <summary>Writes normalized, non-blank journal text.</summary>
    public static string Write(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsStructural(lines[i].TrimStart(' ')))
            {
                lines[i] = " " + lines[i];
            }
        }

        return CloseOpenBlock(string.Join('\n', lines));
    }

    /// <summary>Reads back what <see cref="Write"/> wrote, given as its lines.</summary>
    public static string Read(IReadOnlyList<string> written)
    {
        var count = written.Count;
        if (count >= 2 && written[count - 1] == ClosedBlockMarker)
        {
            count -= 2;
        }

        return string.Join('\n', written.Take(count).Select(line =>
            line.StartsWith(' ') && IsStructural(line.TrimStart(' ')) ? line[1..] : line));
    }

    private static bool IsStructural(string line) =>
        StructuralLines.Contains(line)
        || RevisitHeadingPattern().IsMatch(line)
        || FieldPrefixes.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal));

    private static HashSet<string> BuildStructuralLines()
    {
        var lines = new HashSet<string>(StringComparer.Ordinal) { NotWrittenYet, JournalHeading, RevisitsHeading, ClosedBlockMarker };
        foreach (var guide in StepGuide.All)
        {
            lines.Add(StepHeading(guide.Step));
            lines.UnionWith(ToolMarkdown.HeadingsOf(guide.Step).Select(h => "### " + h));
        }

        return lines;
    }

    // A code fence or an HTML block (<!--, <pre>, <script>) the user opened but never closed would swallow every
    // heading after it in a CommonMark viewer; close it so the rest of the file keeps its structure.
    private static string CloseOpenBlock(string text)
    {
        var document = Markdown.Parse(text);
        if (document.LastChild is FencedCodeBlock { ClosingFencedCharCount: 0 } fence)
        {
            return text + "\n" + new string(fence.FencedChar, Math.Max(3, fence.OpeningFencedCharCount)) + "\n" + ClosedBlockMarker;
        }

        if (document.LastChild is HtmlBlock { Lines.Count: > 0 } html && UnclosedHtmlEnd(html) is { } end)
        {
            return text + "\n" + end + "\n" + ClosedBlockMarker;
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
