using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Rejected.Core.Text;

/// <summary>Helpers for writing user-provided values into Markdown without them being read as Markdown.</summary>
public static partial class MarkdownText
{
    /// <summary>
    /// Makes a single-line value literal in inline Markdown, as escaped as it must be and no more, so
    /// exported files stay pleasant to read as plain text. Line breaks become spaces and control
    /// characters are dropped. Characters that start inline syntax (CommonMark, GFM and Markdig's
    /// extensions) are always backslash-escaped; characters that only matter at the start of a line or
    /// in a particular sequence (list markers, "1.", "===", "://", a closing "#" run, entities) are
    /// escaped only there.
    /// </summary>
    public static string EscapeInline(string value) =>
        Escape(new string(value.Select(c => c is '\r' or '\n' or '\t' ? ' ' : c).Where(c => !char.IsControl(c)).ToArray()), exact: false);

    /// <summary>
    /// Like <see cref="EscapeInline"/> for one line of a value that must come back exactly, not just look the same:
    /// control characters, and a space or tab at either end of the line (which Markdown would strip), are written as
    /// numeric character references (<c>&amp;#9;</c>) instead of being dropped or trimmed. The line holds no line feed.
    /// </summary>
    internal static string EscapeExactLine(string line) => Escape(line, exact: true);

    private static string Escape(string text, bool exact)
    {
        var builder = new StringBuilder(text.Length + 8);
        var firstVisible = text.Length - text.TrimStart().Length;
        var closingHashes = ClosingHashRun(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (exact && ((char.IsControl(c) && c != '\t') || (c is ' ' or '\t' && (i == 0 || i == text.Length - 1))))
            {
                builder.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                continue;
            }

            if (NeedsEscape(text, i, firstVisible, closingHashes))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text, int i, int firstVisible, int closingHashes)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var previous = i > 0 ? text[i - 1] : '\0';
        switch (c)
        {
            case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '^' or '$' or '{' or '}':
                return true;
            case '&':
                return IsEntityAt(text, i);
            case '#':
                return i == firstVisible || i >= closingHashes;
            case '-' or '+' or '=' or ':':
                return i == firstVisible || (c is '+' or '=' && (next == c || previous == c)) || (c == ':' && next == '/' && i + 2 < text.Length && text[i + 2] == '/');
            case '.' or ')':
                // "1. item" or "1) item" at the start would become a list; "www." would become a link.
                return (i > firstVisible && text[firstVisible..i].All(char.IsAsciiDigit))
                    || (c == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase));
            case '"':
                return next == '"' || previous == '"';
            default:
                return false;
        }
    }

    // A heading ends with an optional run of '#' after a space; such a run would be dropped, not shown.
    private static int ClosingHashRun(string text)
    {
        var end = text.TrimEnd().Length;
        var start = end;
        while (start > 0 && text[start - 1] == '#')
        {
            start--;
        }

        return start < end && (start == 0 || text[start - 1] == ' ') ? start : int.MaxValue;
    }

    private static bool IsEntityAt(string text, int i)
    {
        var j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
        }

        var nameStart = j;
        while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        return j > nameStart && j < text.Length && text[j] == ';';
    }

    /// <summary>
    /// Makes multi-line text literal as Markdown paragraphs: each line is escaped, lines within a paragraph
    /// are joined with hard line breaks, and blank lines still separate paragraphs.
    /// </summary>
    public static string EscapeBlock(string value)
    {
        // A line of only spaces is a blank line in Markdown too, so it also ends a paragraph.
        var paragraphs = BlankLines().Split(value.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Where(paragraph => !string.IsNullOrWhiteSpace(paragraph))
            .Select(paragraph => string.Join(
                "\\\n",
                paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EscapeInline)));
        return string.Join("\n\n", paragraphs);
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
