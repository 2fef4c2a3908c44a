using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Rejected.Core.Text;

namespace Rejected.Core.Export;

/// <summary>
/// Writes the plain values of an export (names, tool items, notes, the takeaway) so that a CommonMark viewer shows them
/// as typed and <see cref="Decode"/> gives them back exactly. A value is first <see cref="Normalize">normalized</see>;
/// each of its lines is escaped with <see cref="MarkdownText.EscapeExactLine"/>, and its line breaks become hard breaks
/// (a backslash at the end of the line) or, in a table cell, <c>&amp;#10;</c>.
/// </summary>
internal static partial class MarkdownLiteral
{
    /// <summary>
    /// The form a value is exported in: line feeds only, and no white space around it. White space at the ends of a
    /// field does not show anywhere and is mostly left over from typing, so it is the one thing the export drops.
    /// </summary>
    public static string Normalize(string? value) => NormalizeLineEndings(value ?? "").Trim();

    /// <summary>CRLF and lone CRs (which CommonMark also reads as line breaks) become LF.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>
    /// A value inside a list item or after a label; continuation lines are indented by <paramref name="indent"/> so
    /// they stay in the item. A value equal to <paramref name="placeholder"/>, which the writer shows for a missing
    /// one, is written so the reader can tell the two apart.
    /// </summary>
    public static string Inline(string value, int indent, string? placeholder = null)
    {
        var lines = Normalize(value).Split('\n');
        if (lines.Length == 1 && lines[0] == placeholder)
        {
            // The value would read as the placeholder for a missing one ("Someone"): write its first letter as a
            // character reference, which looks the same in a viewer but is not the placeholder to the reader.
            return Reference(lines[0][0]) + Escape(lines[0][1..]);
        }

        return string.Join("\\\n" + new string(' ', indent), lines.Select(Escape));
    }

    /// <summary>A value in a table cell: pipes are escaped and line breaks are written as <c>&amp;#10;</c>.</summary>
    public static string Cell(string value) => string.Join("&#10;", Normalize(value).Split('\n').Select(Escape));

    /// <summary>
    /// Multi-line notes as paragraphs: a single empty line between two lines of text is a paragraph break, as the
    /// user meant it; every other line break (including the ones around further empty lines) is a hard break.
    /// </summary>
    public static string Block(string value)
    {
        var lines = Normalize(value).Split('\n');
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(Escape(lines[i]));
            if (i == lines.Length - 1)
            {
                break;
            }

            if (lines[i].Length > 0 && lines[i + 1].Length == 0 && i + 2 < lines.Length && lines[i + 2].Length > 0)
            {
                builder.Append("\n\n");
                i++;
            }
            else
            {
                builder.Append("\\\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reads back what <see cref="Inline"/>, <see cref="Cell"/> or one paragraph of <see cref="Block"/> wrote,
    /// continuation lines and their indentation included. Backslash escapes, character references and hard
    /// breaks are decoded as CommonMark does (except that <c>&amp;#0;</c> gives back NUL); a plain line break in a
    /// file edited by hand reads as the space a viewer shows.
    /// </summary>
    public static string Decode(string encoded)
    {
        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '\\' && i + 1 < encoded.Length && (IsAsciiPunctuation(encoded[i + 1]) || encoded[i + 1] == '\n'))
            {
                builder.Append(encoded[i + 1]);
                i++;
                if (encoded[i] == '\n')
                {
                    i = SkipIndentation(encoded, i);
                }
            }
            else if (c == '&' && TryReadReference(encoded, i, out var decoded, out var length))
            {
                builder.Append(decoded);
                i += length - 1;
            }
            else if (c == '\n')
            {
                // Two spaces before a line break are a hard break too; anything else is a soft break.
                var spaces = 0;
                while (spaces < builder.Length && builder[builder.Length - 1 - spaces] == ' ')
                {
                    spaces++;
                }

                builder.Length -= spaces;
                builder.Append(spaces >= 2 ? '\n' : ' ');
                i = SkipIndentation(encoded, i);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads back what <see cref="Block"/> wrote: paragraphs are separated by one or more blank lines.</summary>
    public static string DecodeBlock(string encoded) =>
        string.Join("\n\n", BlankLines().Split(encoded.Trim('\n')).Select(Decode));

    /// <summary>
    /// Where <paramref name="separator"/> appears in written Markdown as itself, not inside an escape: the places
    /// the writer put it. Searching starts at <paramref name="start"/>; -1 when there is none.
    /// </summary>
    public static int IndexOfRaw(string encoded, string separator, int start = 0)
    {
        for (var i = start; i < encoded.Length; i++)
        {
            if (encoded[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(encoded, i, separator, 0, separator.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits at every raw <paramref name="separator"/>.</summary>
    public static List<string> SplitRaw(string encoded, string separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var at = IndexOfRaw(encoded, separator); at >= 0; at = IndexOfRaw(encoded, separator, start))
        {
            parts.Add(encoded[start..at]);
            start = at + separator.Length;
        }

        parts.Add(encoded[start..]);
        return parts;
    }

    private static string Escape(string line)
    {
        var escaped = MarkdownText.EscapeExactLine(line);

        // The writer separates a value from its details with " — " and details from each other with " · ". A dash or
        // dot of the value's own that follows white space (or starts a line) is written as a reference, so those
        // separators only ever appear where the writer put them.
        if (escaped.IndexOfAny(['—', '·']) < 0)
        {
            return escaped;
        }

        var builder = new StringBuilder(escaped.Length + 16);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            builder.Append(c switch
            {
                '—' when i == 0 || char.IsWhiteSpace(escaped[i - 1]) => "&mdash;",
                '·' when i == 0 || char.IsWhiteSpace(escaped[i - 1]) => "&middot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    // The indentation that keeps a continuation line in its list item is not part of the value: the writer turns
    // white space the value itself starts a line with into a character reference.
    private static int SkipIndentation(string text, int newline)
    {
        var i = newline;
        while (i + 1 < text.Length && text[i + 1] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));

    private static string Reference(char c) => "&#" + ((int)c).ToString(CultureInfo.InvariantCulture) + ";";

    private static bool TryReadReference(string text, int start, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        // The longest reference HTML knows is &CounterClockwiseContourIntegral; (33 characters).
        var end = text.IndexOf(';', start + 1, Math.Min(40, text.Length - start - 1));
        if (end < 0)
        {
            return false;
        }

        var body = text.AsSpan(start + 1, end - start - 1);
        if (body.Length >= 2 && body[0] == '#')
        {
            var hex = body[1] is 'x' or 'X';
            var digits = hex ? body[2..] : body[1..];
            if (digits.Length is 0 or > 7
                || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return false;
            }

            decoded = code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
        }
        else
        {
            foreach (var ch in body)
            {
                if (!char.IsAsciiLetterOrDigit(ch))
                {
                    return false;
                }
            }

            if (body.Length == 0 || EntityHelper.DecodeEntity(body) is not { } named)
            {
                return false;
            }

            decoded = named;
        }

        length = end - start + 1;
        return true;
    }

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*")]
    private static partial Regex BlankLines();
}
