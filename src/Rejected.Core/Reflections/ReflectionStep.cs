namespace Rejected.Core.Reflections;

/// <summary>The guided steps of a reflection, in the order they are walked.</summary>
public enum ReflectionStep
{
    CheckIn = 0,
    Feedback = 1,
    Priorities = 2,
    Experience = 3,
    RoleFit = 4,
    WrapUp = 5,

    /// <summary>Not a guided step: a dated note written when coming back to a reflection later. There can be many.</summary>
    Revisit = 6,
}
