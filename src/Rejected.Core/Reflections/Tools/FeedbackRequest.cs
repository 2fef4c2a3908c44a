using System.Globalization;
using System.Text;

namespace Rejected.Core.Reflections.Tools;

/// <summary>A short, polite request for feedback, drafted from the rejection and the person; the user edits it before sending.</summary>
public sealed record FeedbackRequest(string Subject, string Body)
{
    public static FeedbackRequest Draft(Rejection rejection, FeedbackContact person)
    {
        var name = FirstWords(person.Name);
        var role = Clean(rejection.RoleTitle);
        var company = Clean(rejection.Company);
        var stage = rejection.Stage is { } reached ? reached.Label().ToLower(CultureInfo.InvariantCulture) : null;
        var job = (role, company) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"the {role} role at {company}",
            ({ Length: > 0 }, _) => $"the {role} role",
            (_, { Length: > 0 }) => $"the role at {company}",
            _ => "the role",
        };

        return person.Relationship is { } relationship && !relationship.IsHiringSide()
            ? Personal(name, job)
            : Formal(name, job, stage);
    }

    public string MailtoHref() =>
        $"mailto:?subject={Uri.EscapeDataString(Subject)}&body={Uri.EscapeDataString(Body.Replace("\n", "\r\n", StringComparison.Ordinal))}";

    private static FeedbackRequest Formal(string? name, string job, string? stage)
    {
        var body = new StringBuilder();
        body.Append(name is null ? "Hello," : $"Hello {name},").Append("\n\n");
        body.Append("Thank you for the time you and the team spent with me during the process for ").Append(job);
        body.Append(stage is null ? "." : $", which I followed up to the {stage}.").Append("\n\n");
        body.Append("I respect the decision, and I would be grateful for any feedback that could help me grow: ");
        body.Append("was there experience, a skill or something in how I came across that held me back?\n\n");
        body.Append("Even a few lines would mean a lot. Thank you again, and I hope our paths cross in the future.\n\nBest regards,\n");
        return new FeedbackRequest($"Feedback on my application for {job}", body.ToString());
    }

    private static FeedbackRequest Personal(string? name, string job)
    {
        var body = new StringBuilder();
        body.Append(name is null ? "Hi," : $"Hi {name},").Append("\n\n");
        body.Append("I just heard that I didn't get ").Append(job).Append(", and I'm trying to learn from it.\n\n");
        body.Append("You know how I work, so I'd really value your honest view: where do you think I could grow, ");
        body.Append("and is there anything in how I come across that I might not notice myself?\n\n");
        body.Append("No need to be gentle, and no rush. A coffee or a quick call would be great too.\n\nThanks,\n");
        return new FeedbackRequest($"Could I ask for your honest view? ({job})", body.ToString());
    }

    private static string Clean(string? value) => string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // "Mia Chen (recruiter)" → "Mia Chen"; a role such as "the hiring manager" stays as written.
    private static string? FirstWords(string? name)
    {
        var cleaned = Clean(name);
        var bracket = cleaned.IndexOf('(', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            cleaned = cleaned[..bracket].TrimEnd();
        }

        return cleaned.Length == 0 ? null : cleaned;
    }
}
