using System.Globalization;
using System.Text;

namespace Rejected.Core.Export;

/// <summary>Writes values for YAML front matter.</summary>
internal static class YamlScalar
{
    /// <summary>
    /// A double-quoted scalar, so quotes, colons, '#', '---' and line breaks in a value are not read as YAML syntax.
    /// Characters outside the Basic Multilingual Plane (emoji) are written as themselves: a JSON-style surrogate pair
    /// escape such as \uD83C\uDF89 is invalid YAML, and libyaml (Jekyll, Hugo, PyYAML) refuses the whole file.
    /// </summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (NeedsEscape(rune))
                    {
                        builder.Append(rune.IsBmp
                            ? $"\\u{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}"
                            : $"\\U{rune.Value.ToString("X8", CultureInfo.InvariantCulture)}");
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Date(DateOnly? value) =>
        value is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "null";

    public static string Number(int? value) =>
        value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "null";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    // Control characters are not printable in YAML, and line separators or invisible format characters would be
    // folded or hidden if written as they are. Unpaired surrogates never get here: EnumerateRunes gives U+FFFD.
    private static bool NeedsEscape(Rune rune) =>
        rune.Value is 0xFEFF or 0xFFFE or 0xFFFF
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
