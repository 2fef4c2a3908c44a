using Rejected.Core.Reflections;

namespace Rejected.Core.Search;

/// <summary>
/// Turns what a person types into a safe SQLite FTS5 query. Every word becomes a quoted string, so
/// FTS5 operators and punctuation (AND, OR, NOT, NEAR, -, ^, :, parentheses, stray quotes) are just text.
/// Two things keep a meaning: "a quoted phrase" matches those words in order, and a trailing * makes
/// a word a prefix (interv* finds interview and interviewer).
/// </summary>
public static class SearchQuery
{
    public const int MaxTerms = 16;

    /// <summary>The FTS5 expression, with all terms required; null when there is nothing to search for.</summary>
    public static string? ToFts5(string? input)
    {
        var terms = Terms(input);
        return terms.Count == 0 ? null : string.Join(" AND ", terms.Select(t => t.ToFts5()));
    }

    public static IReadOnlyList<SearchTerm> Terms(string? input)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return terms;
        }

        var text = TextRules.Composed(input);
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] is '"' or '“' or '”')
            {
                // A phrase runs to the next quote, or to the end when the quote is never closed.
                var end = text.IndexOfAny(['"', '“', '”'], i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                AddTerm(terms, phrase, isPrefix: false, isPhrase: true);
                i = end < 0 ? text.Length : end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '”'))
            {
                i++;
            }

            var word = text[start..i];
            var isPrefix = word.EndsWith('*');
            AddTerm(terms, word.TrimEnd('*'), isPrefix, isPhrase: false);
        }

        return terms;
    }

    // FTS5's tokenizer decides what a word is; a term is kept only if it has a letter or digit for it to index.
    private static void AddTerm(List<SearchTerm> terms, string value, bool isPrefix, bool isPhrase)
    {
        var cleaned = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (cleaned.Any(char.IsLetterOrDigit))
        {
            terms.Add(new SearchTerm(cleaned, isPrefix, isPhrase));
        }
    }
}

public sealed record SearchTerm(string Text, bool IsPrefix, bool IsPhrase)
{
    /// <summary>A double-quoted FTS5 string (inner quotes doubled), with * after it for a prefix.</summary>
    public string ToFts5() => "\"" + Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (IsPrefix ? "*" : "");
}
