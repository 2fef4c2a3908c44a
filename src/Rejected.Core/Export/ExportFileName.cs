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
    /// Lower-case letters and digits (accents removed, other scripts kept) joined by single hyphens;
    /// everything else — slashes, dots, quotes, control characters — becomes a separator.
    /// </summary>
    public static string Slug(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC);
        if (slug.Length > MaxStemLength)
        {
            slug = slug[..MaxStemLength].TrimEnd('-');
        }

        // A cut must not leave half of a surrogate pair behind.
        if (slug.Length > 0 && char.IsHighSurrogate(slug[^1]))
        {
            slug = slug[..^1];
        }

        return slug;
    }
}
