using System.Globalization;

namespace Rejected.Core.Backup;

/// <summary>
/// The problems found in a backup or an import, sorted by where they are. One message per field: a value that is
/// unreadable is reported as such, not again as missing. Only the first <see cref="MaxListed"/> are spelled out, so a
/// file that is wrong everywhere gives a list a person can still read.
/// </summary>
internal sealed class BackupProblems
{
    public const int MaxListed = 100;

    /// <summary>Where problems about the file as a whole sort: before any reflection.</summary>
    public const int File = 0;

    private readonly List<(int Reflection, int Entry, int Order, string Message)> problems = [];
    private readonly HashSet<(int Reflection, int Entry, string Field)> reported = [];

    public int Count => problems.Count;

    /// <summary>
    /// Adds a problem about the reflection at 1-based <paramref name="reflection"/> (or <see cref="File"/>), its entry at
    /// 1-based <paramref name="entry"/> (0 for the reflection itself) and <paramref name="field"/>; a second problem about
    /// the same field is dropped.
    /// </summary>
    public void Add(int reflection, int entry, string field, string message)
    {
        if (reported.Add((reflection, entry, field)))
        {
            problems.Add((reflection, entry, problems.Count, message));
        }
    }

    public IReadOnlyList<string> ToList()
    {
        var sorted = problems
            .OrderBy(p => p.Reflection)
            .ThenBy(p => p.Entry)
            .ThenBy(p => p.Order)
            .Select(p => p.Message)
            .Take(MaxListed)
            .ToList();
        if (problems.Count > MaxListed)
        {
            sorted.Add(string.Create(CultureInfo.InvariantCulture, $"…and {problems.Count - MaxListed:N0} more problems."));
        }

        return sorted;
    }
}
