using System.Text;

namespace Rejected.Core.Reflections;

internal static class TextRules
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;

    /// <summary>
    /// The text in Unicode form C, so an accent typed as its own mark matches the precomposed letter. Normalize throws
    /// on half a surrogate pair, which pasted or cut-off text can hold; such text is returned as it is.
    /// </summary>
    public static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Splits comma-separated tags, trims them and drops blanks and case-insensitive repeats, keeping the first spelling.</summary>
    public static List<string> NormalizeTags(string? tags) => NormalizeTags(
        (tags ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static List<string> NormalizeTags(IEnumerable<string> tags) => tags
        .Select(t => t.Trim())
        .Where(t => t.Length > 0)
        .DistinctBy(t => t.ToUpperInvariant())
        .ToList();
}
