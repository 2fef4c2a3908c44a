using System.Text;

namespace Rejected.Core.Text;

/// <summary>Helpers for writing user-provided values into Markdown without them being read as Markdown.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Makes a single-line value literal in inline Markdown: line breaks become spaces and every ASCII
    /// punctuation character is backslash-escaped, which CommonMark always reads back as the character itself.
    /// </summary>
    public static string EscapeInline(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127)
            {
                builder.Append(c);
            }
            else if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                builder.Append('\\').Append(c);
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Makes multi-line text literal as Markdown paragraphs: each line is escaped, lines within a paragraph
    /// are joined with hard line breaks, and blank lines still separate paragraphs.
    /// </summary>
    public static string EscapeBlock(string value)
    {
        var paragraphs = value.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => string.Join(
                "\\\n",
                paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EscapeInline)));
        return string.Join("\n\n", paragraphs);
    }
}
