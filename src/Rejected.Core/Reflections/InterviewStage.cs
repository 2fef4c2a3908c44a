namespace Rejected.Core.Reflections;

/// <summary>How far the candidate got before the decision.</summary>
public enum InterviewStage
{
    Application = 0,
    RecruiterScreen = 1,
    TechnicalScreen = 2,
    TakeHome = 3,
    FinalLoop = 4,
    OfferOrReferences = 5,
}

/// <summary>How the decision reached the candidate.</summary>
public enum DecisionChannel
{
    Email = 0,
    PhoneCall = 1,
    VideoCall = 2,
    InPerson = 3,
    ApplicantPortal = 4,
    NeverHeardBack = 5,
    Other = 6,
}

public static class ReflectionLabels
{
    public static string Label(this InterviewStage stage) => stage switch
    {
        InterviewStage.Application => "Application",
        InterviewStage.RecruiterScreen => "Recruiter screen",
        InterviewStage.TechnicalScreen => "Technical screen",
        InterviewStage.TakeHome => "Take-home",
        InterviewStage.FinalLoop => "Final loop",
        InterviewStage.OfferOrReferences => "Offer or reference stage",
        _ => stage.ToString(),
    };

    public static string Label(this DecisionChannel channel) => channel switch
    {
        DecisionChannel.Email => "E-mail",
        DecisionChannel.PhoneCall => "Phone call",
        DecisionChannel.VideoCall => "Video call",
        DecisionChannel.InPerson => "In person",
        DecisionChannel.ApplicantPortal => "Applicant portal",
        DecisionChannel.NeverHeardBack => "Never heard back",
        DecisionChannel.Other => "Other",
        _ => channel.ToString(),
    };

    /// <summary>Words for a 1–5 mood, from heavy to light.</summary>
    public static string MoodLabel(int mood) => mood switch
    {
        1 => "Crushed",
        2 => "Low",
        3 => "Mixed",
        4 => "Steady",
        5 => "Hopeful",
        _ => throw new ArgumentOutOfRangeException(nameof(mood), mood, "Mood is 1 to 5."),
    };
}
