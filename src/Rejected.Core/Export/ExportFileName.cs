using System.Globalization;
using System.Text;
using Rejected.Core.Reflections;

namespace Rejected.Core.Export;

/// <summary>Builds download file names that are safe on every file system and in a Content-Disposition header.</summary>
public static class ExportFileName
{
    private const int MaxStemLength = 80;

    public static string For(Rejection rejection)
    {
        var parts = new[] { rejection.Company, rejection.RoleTitle, rejection.DecidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var stem = Slug(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        return (stem.Length == 0 ? "reflection" : stem) + ".md";
    }

    /// <summary>
    /// Lower-case letters and digits (accents removed from Latin letters, other scripts kept whole) joined by
    /// single hyphens; everything else — slashes, dots, quotes, control characters — becomes a separator.
    /// </summary>
    public static string Slug(string value)
    {
        // Lone surrogates (cut-off emoji) cannot be normalized and are not letters anyway: drop them first.
        var whole = new string(value.Where((c, i) => !char.IsSurrogate(c)
            || (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]))).ToArray());
        var decomposed = whole.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        var afterLatin = false;

        // Runes, not chars, so letters outside the Basic Multilingual Plane (𠮷) are kept as letters.
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // Café becomes cafe, but the marks of other scripts are part of the letter: dropping the
                // dakuten would turn デザイナー into テサイナー.
                if (!afterLatin && !pendingHyphen && builder.Length > 0)
                {
                    builder.Append(rune.ToString());
                }

                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(Rune.ToLowerInvariant(rune).ToString());
                pendingHyphen = false;
                afterLatin = rune.Value < 0x250; // Basic Latin to Latin Extended-B
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC);
        if (slug.Length > MaxStemLength)
        {
            slug = slug[..MaxStemLength];

            // A cut must not leave half of a surrogate pair behind.
            if (char.IsHighSurrogate(slug[^1]))
            {
                slug = slug[..^1];
            }

            slug = slug.TrimEnd('-');
        }

        return slug;
    }
}
