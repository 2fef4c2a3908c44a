namespace Rejected.Core.Reflections;

/// <summary>What a step is for and the questions that help the user through it, in the app's own words.</summary>
public sealed record StepGuide(
    ReflectionStep Step,
    string Slug,
    string Title,
    string ShortTitle,
    string Purpose,
    IReadOnlyList<string> Prompts,
    string JournalLabel)
{
    public static IReadOnlyList<StepGuide> All { get; } =
    [
        new(
            ReflectionStep.CheckIn,
            "check-in",
            "Check-in",
            "Check-in",
            "Notice how you feel before you start working on what comes next; there is room here to let it all out.",
            [
                "What went through your mind when you read or heard the decision?",
                "Which part stings the most, and why do you think that is?",
                "What would you say to a friend who had just received the same news?",
                "What do you need today: rest, a walk, a conversation, or a plan?",
            ],
            "Let it out"),
        new(
            ReflectionStep.Feedback,
            "feedback",
            "1 · Ask for feedback",
            "Feedback",
            "Find out what was missing by asking the people who saw you interview, or people who know your work well.",
            [
                "Who on the hiring side could you ask: an interviewer, the recruiter, the hiring manager?",
                "If nobody there will answer, which peer, coworker or mentor would give you an honest view?",
                "Was the gap about experience, a specific skill, or doubts that you could do the job day to day?",
                "How did your way of communicating come across in the interviews?",
                "What did you hear that you agree with, and what do you want a second opinion on?",
            ],
            "Notes on feedback"),
        new(
            ReflectionStep.Priorities,
            "priorities",
            "2 · Choose what to change",
            "Priorities",
            "Sort the possible changes by what you can really take on and what would make the biggest difference.",
            [
                "Which changes came up: a course of study, a certificate, a skill, the way you explain your work?",
                "For each one, is it realistic with the time, money and energy you have right now?",
                "Which single change would have moved this decision the most?",
                "Were your answers too vague, or did you come across more forcefully than you meant to?",
                "What will you set aside for now, so that the rest gets your full attention?",
            ],
            "Thinking it through"),
        new(
            ReflectionStep.Experience,
            "experience",
            "3 · Grow where you are",
            "Experience",
            "Look for ways to close the gaps inside the job you have today, before you apply again.",
            [
                "Is there a project where you could use the language or tool the role asked for?",
                "Could you carry something from the first idea all the way to release?",
                "What responsibility could you offer to take on in the next few months?",
                "Which trade-off at work would cost a little now and pay off later?",
                "Who at work should you talk to about these plans?",
            ],
            "Your plan at work"),
        new(
            ReflectionStep.RoleFit,
            "role-fit",
            "4 · Rethink the role",
            "Role fit",
            "Step back and ask whether this role is the one you want, and the one that fits you right now.",
            [
                "What drew you to this role in the first place?",
                "Which parts of it did not appeal to you as much?",
                "Is it right for you: yes, maybe or no, and what makes you say so?",
                "The same title can mean very different levels at different companies. How does this company's level compare with others?",
                "Where else does a similar role exist in a shape that might suit you better?",
                "Which roles do you want, and which fit your skills today?",
            ],
            "What you think now"),
        new(
            ReflectionStep.WrapUp,
            "wrap-up",
            "Wrap-up",
            "Wrap-up",
            "Close the reflection with one line to remember, how you feel now, and a date to look back.",
            [
                "Which other teams, groups or disciplines could be worth a look?",
                "If you keep only one sentence from this reflection, what is it?",
                "What is the first thing you will do this week?",
                "How do you feel now compared with when you started?",
            ],
            "Closing thoughts"),
    ];

    public static StepGuide For(ReflectionStep step) =>
        step is >= ReflectionStep.CheckIn and <= ReflectionStep.WrapUp
            ? All[(int)step]
            : throw new ArgumentOutOfRangeException(nameof(step), step, "Only the six guided steps have a guide.");

    public static bool IsGuided(ReflectionStep step) => step is >= ReflectionStep.CheckIn and <= ReflectionStep.WrapUp;

    public static StepGuide? FromSlug(string? slug) =>
        All.FirstOrDefault(g => string.Equals(g.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public StepGuide? Previous => Step == ReflectionStep.CheckIn ? null : For(Step - 1);

    public StepGuide? Next => Step == ReflectionStep.WrapUp ? null : For(Step + 1);

    /// <summary>
    /// A step counts as done when its key answer is there: the mood at check-in, the takeaway at wrap-up,
    /// and some journal text or something in the step's tool for the four middle steps.
    /// </summary>
    public static bool IsComplete(ReflectionStep step, JournalEntry? entry) =>
        entry is not null && IsComplete(step, entry.Mood, entry.Takeaway, !string.IsNullOrWhiteSpace(entry.Text), entry.Data is not null);

    /// <summary>The same rule over the few values a list needs, so lists can decide without loading long texts.</summary>
    public static bool IsComplete(ReflectionStep step, int? mood, string? takeaway, bool hasText, bool hasData) => step switch
    {
        ReflectionStep.CheckIn => mood is not null,
        ReflectionStep.WrapUp => !string.IsNullOrWhiteSpace(takeaway),
        ReflectionStep.Revisit => false,
        _ => hasText || hasData,
    };
}
