using System.Globalization;
using System.Text;
using Rejected.Core.Reflections;

namespace Rejected.Core.Insights;

/// <summary>Pulls the meaningful words and two-word phrases out of a piece of feedback.</summary>
public static class ThemeExtractor
{
    private const int MinWordLength = 3;

    // Common English words that say nothing about what the feedback was about.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "enough", "even", "ever", "every", "few", "for", "from", "further",
        "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "just", "less", "like", "lot", "lots", "made", "make", "many", "may",
        "me", "might", "more", "most", "much", "must", "my", "need", "needs", "needed", "no", "nor", "not", "now", "of",
        "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "quite", "rather", "really",
        "same", "say", "said", "seem", "seemed", "seems", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "thing", "things", "this", "those", "though", "through",
        "to", "too", "under", "until", "up", "us", "very", "was", "way", "we", "well", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your", "yours", "bit", "felt",
        "feel", "think", "thought", "team", "role", "job", "candidate", "interview", "interviews", "interviewer",
    };

    /// <summary>Distinct normalized words and adjacent word pairs, stop words left out.</summary>
    public static IReadOnlySet<string> Themes(string? text)
    {
        var themes = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var word in Words(text))
        {
            // C# and F# are short, but name what the feedback was about.
            if ((word.Length < MinWordLength && !word.EndsWith('#')) || StopWords.Contains(word) || word.All(char.IsDigit))
            {
                previous = null;
                continue;
            }

            themes.Add(word);
            if (previous is not null)
            {
                themes.Add($"{previous} {word}");
            }

            previous = word;
        }

        return themes;
    }

    /// <summary>The themes of everything said about one rejection: distinct, in ordinal order.</summary>
    public static IReadOnlyList<string> RejectionThemes(IEnumerable<string?> said) =>
        said.SelectMany(Themes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        foreach (var c in TextRules.Composed(text))
        {
            if (char.IsLetterOrDigit(c) || (c is '+' or '#' && word.Length > 0))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (c is '\'' or '’' && word.Length > 0)
            {
                continue;
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
