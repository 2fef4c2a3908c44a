using System.Globalization;
using System.Text;
using Rejected.Core.Reflections;
using Rejected.Core.Text;

namespace Rejected.Core.Export;

/// <summary>
/// Names the files of an export of everything (one .md per reflection) and writes its <c>index.md</c>, which links
/// each of them. Reflections are added one at a time as they are written, so only a line's worth of each is kept.
/// </summary>
public sealed class ExportArchiveIndex
{
    public const string FileName = "index.md";

    // Case is ignored: unpacked on Windows or macOS, "a.md" and "A.md" would be one file.
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase) { FileName };
    private readonly List<Item> items = [];

    public int Count => items.Count;

    /// <summary>
    /// The file name for <paramref name="rejection"/>: <see cref="ExportFileName.For"/>, with "-2", "-3", … when another
    /// reflection of the export already has it. The reflection is listed in the index under that name.
    /// </summary>
    public string Add(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var name = ExportFileName.For(rejection);
        var stem = name[..^".md".Length];
        for (var n = 2; !used.Add(name); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.md");
        }

        items.Add(new Item(name, $"{rejection.RoleTitle} at {rejection.Company}", rejection.DecidedOn, items.Count));
        return name;
    }

    /// <summary>The index: newest decisions first (undated ones last, in the order they were added), each linking its file.</summary>
    public string Write(DateTimeOffset exportedAt, bool redacted)
    {
        var md = new StringBuilder();
        md.Append("# Rejected: your journal\n\n");
        md.Append("Exported ")
            .Append(exportedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Append(" UTC. ")
            .Append(items.Count switch
            {
                0 => "There are no reflections in it yet.",
                1 => "One reflection.",
                _ => string.Create(CultureInfo.InvariantCulture, $"{items.Count:N0} reflections."),
            })
            .Append('\n');
        if (redacted)
        {
            md.Append("\nNames are replaced for sharing: companies read \"Company A\", \"Company B\", …, people \"Recruiter 1\", ")
                .Append("\"Interviewer 2\", …, and e-mail addresses are removed.\n");
        }

        if (items.Count > 0)
        {
            md.Append('\n');
        }

        foreach (var item in items.OrderByDescending(i => i.DecidedOn.HasValue).ThenByDescending(i => i.DecidedOn).ThenBy(i => i.Order))
        {
            // The file names are slugs, so the link needs no angle brackets; non-Latin letters are percent-encoded
            // for viewers that only follow plain ASCII links.
            md.Append("- [").Append(MarkdownText.EscapeInline(item.Title)).Append("](").Append(Uri.EscapeDataString(item.FileName)).Append(')');
            if (item.DecidedOn is { } decidedOn)
            {
                md.Append(" · decided ").Append(decidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private sealed record Item(string FileName, string Title, DateOnly? DecidedOn, int Order);
}
