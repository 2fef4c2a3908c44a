namespace Rejected.Web.Journal;

/// <summary>
/// The outcome of a restore or an import, counted in reflections. When <see cref="Errors"/> has anything in it,
/// nothing in the journal was changed and the counts are zero.
/// </summary>
public sealed record RestoreReport(int Added, int Updated, int Skipped, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static RestoreReport Failed(IReadOnlyList<string> errors) => new(0, 0, 0, errors);
}
