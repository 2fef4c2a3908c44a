using System.Text.Json;
using Rejected.Core.Reflections;

namespace Rejected.Core.Tests.Export;

/// <summary>Strings that break naive writers and readers: the Big List of Naughty Strings, and our own file's structure.</summary>
internal static class NaughtyStrings
{
    private static readonly Lazy<IReadOnlyList<string>> List = new(LoadBlns);

    /// <summary>Every string of the Big List of Naughty Strings (TestData/blns.json, MIT).</summary>
    public static IReadOnlyList<string> Blns => List.Value;

    /// <summary>Lines an export itself is made of, and text that plays with the way it escapes values.</summary>
    public static IReadOnlyList<string> Structure { get; } =
    [
        .. StepGuide.All.Select(g => "## " + g.Title),
        "## Revisits",
        "# Backend Engineer at Contoso",
        "### Journal",
        "### People to ask",
        "### Feedback received",
        "### Changes, ranked",
        "### Actions at work",
        "### What appealed",
        "### What didn't",
        "### Is it right for me?",
        "### What I want vs. what fits me now",
        "### How levels compare",
        "### Variations of the role to look at",
        "### Other groups and disciplines worth a look",
        "### 2025-04-01",
        "### 2025-13-40",
        "   ### 2025-04-01",
        " ## Revisits",
        "  ## 1 · Ask for feedback",
        "*Not written yet.*",
        "- **Mood:** 3 of 5 (Mixed)",
        "- **Mood after:** 1 of 5 (Crushed)",
        "- **Takeaway:** keep going",
        "- **Revisit on:** 2025-06-01",
        "- **Company:** Contoso",
        "<!-- closed by the export -->",
        " <!-- closed by the export -->",
        "---",
        "...",
        "id: 0f8fad5b-d9cb-469f-a165-70867728950e",
        "company: \"Not this\"",
        "```",
        "```js",
        "~~~~",
        "<!-- never closed",
        "<pre>",
        "<script>",
        "-->",
        "| Company | Title | Scope or expectations | My read |",
        "| --- | --- | --- | --- |",
        "| a | b |",
        "|",
        "a|b",
        "**",
        "**Yes**",
        "Someone",
        "Somewhere",
        "not decided",
        "decision: now",
        "from Panel",
        "for: Practise system design",
        "can do it: 4/5",
        "Planned",
        "To ask",
        " — ",
        " · ",
        "— · —",
        "word—word·word",
        "1. item",
        "10. item",
        "- item",
        "* item",
        "> quote",
        "    indented code",
        "\tstarts with a tab",
        "ends with a tab\t",
        "  two leading and two trailing  ",
        "trailing backslash \\",
        "\\",
        "\\\\",
        "C:\\Users\\me\\",
        "&amp; &#0; &#10; &#x1F389; &nbsp; &CounterClockwiseContourIntegral;",
        "AT&T",
        "\0",
        "NUL\0in the middle",
        "\u0001\u0007\u0008\u000B\u000C\u001B\u001F\u007F\u0085\u009F",
        "\u00A0non-breaking\u00A0",
        "\u2028line separator\u2029paragraph separator",
        "zero\u200Bwidth\u200C\u200Djoiners\uFEFF",
        "\u202Eright-to-left override\u202C",
        "שלום עולם",
        "مرحبا بالعالم",
        "👩‍💻 🎉 𠮷 🏳️‍🌈",
        "株式会社テスト",
        "Windows\r\nline endings\r\n",
        "old Mac\rline endings",
        "\r\n\r\n",
        "\n\nblank lines around\n\n",
    ];

    public static IReadOnlyList<string> All { get; } = [.. Blns, .. Structure];

    private static List<string> LoadBlns()
    {
        using var stream = typeof(NaughtyStrings).Assembly.GetManifestResourceStream("blns.json")
            ?? throw new InvalidOperationException("blns.json is not embedded in the test assembly.");
        return JsonSerializer.Deserialize<List<string>>(stream) ?? [];
    }
}
