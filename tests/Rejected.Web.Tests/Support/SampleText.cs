namespace Rejected.Web.Tests.Support;

internal static class SampleText
{
    /// <summary>Text of exactly <paramref name="length"/> characters mixing ASCII, accents, CJK, emoji (surrogate pairs) and line breaks.</summary>
    public static string Long(int length)
    {
        const string Pattern = "Première leçon: 失敗は成功のもと 🙂🚀 — ça ira.\n";
        var text = string.Concat(Enumerable.Repeat(Pattern, (length / Pattern.Length) + 1));

        // Never end on half an emoji: the text must stay valid UTF-16.
        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end].PadRight(length, '.');
    }
}
