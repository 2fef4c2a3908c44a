using Rejected.Core.Reflections;

namespace Rejected.Core.Tests.Support;

/// <summary>Builds rejections and entries with fixed dates, so no test reads the clock.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset CreatedAt = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static Rejection Rejection(string company = "Contoso", string roleTitle = "Backend Engineer") => new()
    {
        Id = 1,
        OwnerId = "user-1",
        Company = company,
        RoleTitle = roleTitle,
        CreatedAt = CreatedAt,
        UpdatedAt = CreatedAt,
    };

    public static JournalEntry Entry(ReflectionStep step, string text = "", int? mood = null, string? takeaway = null, DateOnly? revisitOn = null) => new()
    {
        OwnerId = "user-1",
        RejectionId = 1,
        Step = step,
        Text = text,
        Mood = mood,
        Takeaway = takeaway,
        RevisitOn = revisitOn,
        CreatedAt = CreatedAt,
        UpdatedAt = CreatedAt,
    };

    /// <summary>A revisit note written on a given day, after the reflection.</summary>
    public static JournalEntry Revisit(string text, DateTimeOffset writtenAt, int id = 0)
    {
        var entry = Entry(ReflectionStep.Revisit, text);
        entry.Id = id;
        entry.CreatedAt = writtenAt;
        entry.UpdatedAt = writtenAt;
        return entry;
    }

    /// <summary>A rejection whose six steps are all complete.</summary>
    public static Rejection Finished()
    {
        var rejection = Rejection();
        rejection.Entries =
        [
            Entry(ReflectionStep.CheckIn, "It stings.", mood: 2),
            Entry(ReflectionStep.Feedback, "Asked the recruiter."),
            Entry(ReflectionStep.Priorities, "System design first."),
            Entry(ReflectionStep.Experience, "Lead the next migration."),
            Entry(ReflectionStep.RoleFit, "Maybe a platform role."),
            Entry(ReflectionStep.WrapUp, "Onwards.", mood: 4, takeaway: "One interview is not a verdict.", revisitOn: new DateOnly(2025, 6, 1)),
        ];
        return rejection;
    }
}
