using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Export;

/// <summary>
/// Makes copies of the reflections of one export that can be shared (with a mentor, say) without naming anyone:
/// every company becomes "Company A", "Company B", … and every person a placeholder for their role ("Recruiter 1",
/// "Interviewer 2", or "Person 1" when the role is not known), the same throughout the export.
/// </summary>
/// <remarks>
/// <para>Create one per export, from all of its reflections, so that a name is known everywhere even when only one
/// reflection lists it. Companies are the reflection's company and the companies in the level comparison and the
/// variations; people are the feedback tool's people, who feedback was from, and who to talk to about an action.</para>
/// <para>Names are replaced in every text field (journal, takeaway, revisit notes, tool values, role, level, team,
/// tags), as whole words, ignoring case, longest first; "Acme's" becomes "Company A's", and "Acme" stands for
/// "Acme Inc." too. A person's first or last name on its own is replaced only where it is written with a capital
/// ("Mia", "MIA"; but not "will" for Will Smith), so ordinary words are not mangled; a name given as a single word is
/// a whole name, though, and is replaced in any case. E-mail addresses are removed (naming whose they are when that
/// is clear), and so are links that hold a name. The copies get a new id, so importing a shared file can never
/// overwrite the original reflection. The originals are never changed.</para>
/// </remarks>
public sealed partial class ExportRedactor
{
    private const string EmailRemoved = "(email removed)";
    private const string LinkRemoved = "(link removed)";

    // Words that describe someone's role or relation rather than name them ("the hiring manager", "Panel"): a value made
    // only of these is not a name, and they are never taken as a part of one.
    private static readonly HashSet<string> RoleWords = new(
        [
            "a", "an", "and", "at", "for", "from", "in", "of", "on", "or", "the", "to", "with",
            "my", "our", "their", "his", "her", "your",
            "acquisition", "bar", "boss", "ceo", "colleague", "colleagues", "committee", "contact", "coworker", "coworkers",
            "cto", "director", "engineer", "engineering", "family", "final", "former", "founder", "friend", "friends", "head",
            "hiring", "hr", "interviewer", "interviewers", "lead", "loop", "manager", "managers", "member", "mentor", "new",
            "old", "onsite", "panel", "partner", "peer", "peers", "people", "person", "phone", "principal", "raiser",
            "recruiter", "recruiters", "recruiting", "referral", "round", "screen", "senior", "someone", "staff", "talent",
            "team", "tech", "technical", "vp",
            "dr", "mr", "mrs", "ms", "mx", "prof", "sir",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Name particles are too common as words to be replaced on their own.
    private static readonly HashSet<string> Particles = new(
        ["al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "la", "le", "van", "von", "y"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] LegalForms =
    [
        "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "LLP", "PLC", "GmbH", "AG", "SA",
        "S.A", "SAS", "SARL", "BV", "B.V", "NV", "N.V", "Pty", "KK", "K.K", "AB", "AS", "ASA", "Oy", "SpA", "S.p.A", "Srl", "Group",
        "Holdings",
    ];

    private readonly List<Rejection> sources;
    private readonly Dictionary<string, string> companies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> people = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Guid> ids = [];
    private readonly List<Alias> aliases = [];
    private readonly List<(string Letters, string Placeholder)> emailOwners = [];
    private readonly Regex? names;

    /// <summary>Learns every company and person named in <paramref name="rejections"/>, the reflections of one export.</summary>
    public ExportRedactor(IEnumerable<Rejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        sources = rejections.ToList();
        foreach (var rejection in sources)
        {
            ids.TryAdd(rejection.ExternalId, Guid.NewGuid());
        }

        LearnCompanies();
        LearnPeople();
        names = BuildPattern();
    }

    /// <summary>A redacted copy of one of the reflections this redactor was created with.</summary>
    public Rejection Redact(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        if (!sources.Contains(rejection))
        {
            throw new ArgumentException("Only the reflections of the export this redactor was created for can be redacted with it.", nameof(rejection));
        }

        return new Rejection
        {
            Id = rejection.Id,
            OwnerId = rejection.OwnerId,
            ExternalId = ids[rejection.ExternalId],
            Company = Company(rejection.Company),
            RoleTitle = RedactText(rejection.RoleTitle),
            Level = TextOrNull(rejection.Level),
            Team = TextOrNull(rejection.Team),
            Stage = rejection.Stage,
            DecidedOn = rejection.DecidedOn,
            Communication = rejection.Communication,
            Tags = TextRules.NormalizeTags(rejection.Tags.Select(RedactText)),
            CompletedSteps = rejection.CompletedSteps,
            FinishedAt = rejection.FinishedAt,
            CreatedAt = rejection.CreatedAt,
            UpdatedAt = rejection.UpdatedAt,
            Entries = rejection.Entries.Select(Redact).ToList(),
        };
    }

    /// <summary>Redacted copies of all the reflections this redactor was created with, in the same order.</summary>
    public IReadOnlyList<Rejection> RedactAll() => sources.Select(Redact).ToList();

    /// <summary>"A", "B", … "Z", "AA", "AB", …: the letters of the n-th company (from 0).</summary>
    internal static string CompanyLetters(int index)
    {
        var letters = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    /// <summary>Replaces every known name, e-mail address and link holding a name in <paramref name="text"/>.</summary>
    public string RedactText(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var redacted = EmailPattern().Replace(TextRules.Composed(text), m => EmailPlaceholder(m.Groups["local"].Value));
        redacted = LinkPattern().Replace(redacted, m => NamesSomeone(m.Value) ? LinkRemoved : m.Value);
        return names is null ? redacted : names.Replace(redacted, Replace);
    }

    private string Replace(Match match)
    {
        for (var i = 0; i < aliases.Count; i++)
        {
            if (match.Groups[i + 1].Success)
            {
                var alias = aliases[i];

                // A lone first or last name is only taken for one when it is written as a name, with a capital.
                return alias.CapitalOnly && char.IsLower(match.Value, 0) ? match.Value : alias.Placeholder;
            }
        }

        return match.Value;
    }

    private string? TextOrNull(string? text) => text is null ? null : RedactText(text);

    private string Company(string? company) =>
        CompanyKey(company) is { } key && companies.TryGetValue(key, out var placeholder) ? placeholder : RedactText(company ?? "");

    private string Person(string? value) =>
        PersonName(value).Name is { } name && people.TryGetValue(Key(name), out var placeholder) ? placeholder : RedactText(value ?? "");

    private JournalEntry Redact(JournalEntry entry) => new()
    {
        Id = entry.Id,
        RejectionId = entry.RejectionId,
        OwnerId = entry.OwnerId,
        Step = entry.Step,
        Text = RedactText(entry.Text),
        Mood = entry.Mood,
        Takeaway = TextOrNull(entry.Takeaway),
        RevisitOn = entry.RevisitOn,
        Data = Redact(StepData.Parse(entry.Step, entry.Data))?.ToJson(),
        CreatedAt = entry.CreatedAt,
        UpdatedAt = entry.UpdatedAt,
        Version = entry.Version,
    };

    // Parse gives a fresh object, so the tool can be changed in place without touching the original entry.
    private StepData? Redact(StepData? data)
    {
        switch (data)
        {
            case FeedbackData feedback:
                feedback.People.ForEach(p => p.Name = Person(p.Name));
                feedback.Received.ForEach(f => (f.Said, f.From) = (RedactText(f.Said), Person(f.From)));
                break;
            case PrioritiesData priorities:
                priorities.Changes.ForEach(c => c.Title = RedactText(c.Title));
                break;
            case ExperienceData experience:
                experience.Actions.ForEach(a => (a.What, a.WhoToTalkTo, a.Notes) = (RedactText(a.What), Person(a.WhoToTalkTo), RedactText(a.Notes)));
                break;
            case RoleFitData roleFit:
                roleFit.Appealed.ForEach(i => i.Text = RedactText(i.Text));
                roleFit.DidNotAppeal.ForEach(i => i.Text = RedactText(i.Text));
                roleFit.VerdictWhy = RedactText(roleFit.VerdictWhy);
                roleFit.WantVsFit = RedactText(roleFit.WantVsFit);
                roleFit.Levels.ForEach(l => (l.Company, l.Title, l.Scope, l.YourRead) = (Company(l.Company), RedactText(l.Title), RedactText(l.Scope), RedactText(l.YourRead)));
                roleFit.Variations.ForEach(v => (v.Company, v.TeamOrRole) = (Company(v.Company), RedactText(v.TeamOrRole)));
                break;
            case WrapUpData wrapUp:
                wrapUp.OtherGroups.ForEach(i => i.Text = RedactText(i.Text));
                break;
        }

        return data;
    }

    // ---- Learning the names ----

    private void LearnCompanies()
    {
        var placeholders = 0;
        foreach (var rejection in sources)
        {
            var roleFit = rejection.EntryFor(ReflectionStep.RoleFit)?.ReadData<RoleFitData>();
            IEnumerable<string?> named = [rejection.Company, .. roleFit?.Levels.Select(l => l.Company) ?? [], .. roleFit?.Variations.Select(v => v.Company) ?? []];
            foreach (var company in named)
            {
                if (CompanyKey(company) is not { } key || companies.ContainsKey(key))
                {
                    continue;
                }

                // "Acme Inc." and "Acme" are one company: the name without its legal form is a name of it too.
                var written = Clean(company!);
                var core = WithoutLegalForm(written) is { Length: >= 2 } shorter ? shorter : written;
                if (!companies.TryGetValue(Key(core), out var placeholder))
                {
                    placeholder = "Company " + CompanyLetters(placeholders++);
                    companies[Key(core)] = placeholder;
                    AddAlias(core, placeholder, capitalOnly: false);
                }

                companies[key] = placeholder;
                AddAlias(written, placeholder, capitalOnly: false);
            }
        }
    }

    private void LearnPeople()
    {
        // People with a known role first, so a name seen only in "from" later still gets that role.
        var found = new List<(string Key, string Name, Relationship? Role)>();
        var sameAs = new Dictionary<string, string>(StringComparer.Ordinal);
        void See(string? value, Relationship? relationship, bool byPartToo)
        {
            var (name, hint) = PersonName(value);
            if (name is null)
            {
                return;
            }

            var key = Key(name);
            var at = found.FindIndex(p => p.Key == key);
            if (at < 0 && byPartToo && !name.Contains(' ', StringComparison.Ordinal))
            {
                // "From: Mia" is Mia Chen from the people list, when she is the only Mia there.
                var owners = found.Where(p => NamePattern().Matches(p.Name).Any(m => string.Equals(m.Value, name, StringComparison.OrdinalIgnoreCase))).ToList();
                if (owners.Count == 1)
                {
                    sameAs[key] = owners[0].Key;
                    return;
                }
            }

            if (at < 0)
            {
                found.Add((key, name, relationship ?? hint));
            }
            else if (found[at].Role is null && (relationship ?? hint) is { } role)
            {
                found[at] = (found[at].Key, found[at].Name, role);
            }
        }

        var tools = sources.Select(r => (
            Feedback: r.EntryFor(ReflectionStep.Feedback)?.ReadData<FeedbackData>(),
            Experience: r.EntryFor(ReflectionStep.Experience)?.ReadData<ExperienceData>())).ToList();
        foreach (var (feedback, _) in tools)
        {
            feedback?.People.ForEach(p => See(p.Name, p.Relationship, byPartToo: false));
        }

        foreach (var (feedback, experience) in tools)
        {
            feedback?.Received.ForEach(f => See(f.From, null, byPartToo: true));
            experience?.Actions.ForEach(a => See(a.WhoToTalkTo, null, byPartToo: true));
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, name, role) in found)
        {
            var label = RoleLabel(role);
            counts[label] = counts.GetValueOrDefault(label) + 1;
            var placeholder = $"{label} {counts[label].ToString(CultureInfo.InvariantCulture)}";
            people[key] = placeholder;
            AddAlias(name, placeholder, capitalOnly: false);
            emailOwners.Add((Letters(name), placeholder));

            foreach (var part in NamePattern().Matches(name).Select(m => m.Value).Where(IsNamePart))
            {
                if (!parts.TryGetValue(part, out var owners))
                {
                    parts[part] = owners = [];
                }

                if (!owners.Contains(placeholder))
                {
                    owners.Add(placeholder);
                }

                emailOwners.Add((Letters(part), placeholder));
            }
        }

        foreach (var (key, owner) in sameAs)
        {
            people[key] = people[owner];
        }

        // A first name two people share stands for either of them.
        foreach (var (part, owners) in parts)
        {
            AddAlias(part, string.Join(" or ", owners), capitalOnly: true);
        }
    }

    // Scripts without capitals (Arabic, Hebrew, Chinese, …) give no hint, so their parts are always taken as names.
    private static bool IsNamePart(string word) =>
        word.Length >= 2 && !char.IsLower(word, 0) && !RoleWords.Contains(word) && !Particles.Contains(word);

    /// <summary>The name in a "name or role" field ("Mia Chen (recruiter)" → "Mia Chen"), and the role it mentions.</summary>
    private static (string? Name, Relationship? Hint) PersonName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        string? name = null;
        Relationship? hint = null;
        foreach (var segment in SegmentPattern().Split(Clean(value)).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            if (IsRoleOnly(segment))
            {
                hint ??= Enum.GetValues<Relationship>().Cast<Relationship?>()
                    .FirstOrDefault(r => segment.Contains(r!.Value.Label(), StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                name ??= segment;
            }
        }

        return (name, hint);
    }

    private static bool IsRoleOnly(string text) => NamePattern().Matches(text).All(m => RoleWords.Contains(m.Value));

    private static string RoleLabel(Relationship? role) => role switch
    {
        null => "Person",
        Relationship.Family => "Family member",
        { } known => known.Label(),
    };

    private static string? CompanyKey(string? company) => string.IsNullOrWhiteSpace(company) ? null : Key(company);

    private static string Key(string name) => Clean(name).ToUpperInvariant();

    // One space between words, in composed form, so "Acme  Corp" and "Acme Corp" are one company.
    private static string Clean(string value) => string.Join(' ', TextRules.Composed(value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? WithoutLegalForm(string company)
    {
        var core = company;
        string previous;
        do
        {
            previous = core;
            core = core.Trim().TrimEnd('.', ',').Trim();
            foreach (var form in LegalForms)
            {
                if (core.EndsWith(" " + form, StringComparison.OrdinalIgnoreCase) || core.EndsWith("," + form, StringComparison.OrdinalIgnoreCase))
                {
                    core = core[..^form.Length].TrimEnd(' ', ',');
                }
            }

            core = core.Replace("株式会社", "", StringComparison.Ordinal).Trim();
            if (core.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
            {
                core = core[4..];
            }
        }
        while (core != previous && core.Length > 0);

        return core.Length == 0 ? null : core;
    }

    private void AddAlias(string name, string placeholder, bool capitalOnly)
    {
        if (name.Length > 0 && !aliases.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            aliases.Add(new Alias(name, placeholder, capitalOnly, Letters(name)));
        }
    }

    private Regex? BuildPattern()
    {
        if (aliases.Count == 0)
        {
            return null;
        }

        // Longest first, so "Acme Corp" wins over "Acme" and "Mia Chen" over "Mia"; full names before lone parts.
        aliases.Sort((a, b) => a.Name.Length != b.Name.Length ? b.Name.Length.CompareTo(a.Name.Length) : a.CapitalOnly.CompareTo(b.CapitalOnly));
        var pattern = string.Join('|', aliases.Select(a => "(" + AliasPattern(a.Name) + ")"));
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The name as a whole word, with any white space between its words.</summary>
    private static string AliasPattern(string name)
    {
        var words = string.Join(@"\s+", name.Split(' ').Select(Regex.Escape));
        var before = NeedsBoundary(name[0]) ? @"(?<![\p{L}\p{M}\p{N}_])" : "";
        var after = NeedsBoundary(name[^1]) ? @"(?![\p{L}\p{M}\p{N}_])" : "";
        return before + words + after;
    }

    // Chinese, Japanese, Thai and other scripts do not put spaces between words, and Korean attaches particles to a
    // name, so a name in them is matched wherever it appears.
    private static bool NeedsBoundary(char c) =>
        char.IsLetterOrDigit(c)
        && c is not (>= '\u0E00' and <= '\u0EFF') and not (>= '\u1000' and <= '\u109F') and not (>= '\u1100' and <= '\u11FF')
            and not (>= '\u1780' and <= '\u17FF') and not (>= '\u3040' and <= '\u30FF') and not (>= '\u3130' and <= '\u318F')
            and not (>= '\u3400' and <= '\u4DBF') and not (>= '\u4E00' and <= '\u9FFF') and not (>= '\uAC00' and <= '\uD7AF')
            and not (>= '\uF900' and <= '\uFAFF');

    // A link such as linkedin.com/in/mia-chen or contoso.com/careers names someone even without spaces.
    private bool NamesSomeone(string link)
    {
        var letters = Letters(link);
        return aliases.Any(a => a.Letters.Length >= 3 && letters.Contains(a.Letters, StringComparison.Ordinal));
    }

    private string EmailPlaceholder(string local)
    {
        var letters = Letters(local);
        var owner = emailOwners
            .Where(o => o.Letters.Length >= 3 && letters.Contains(o.Letters, StringComparison.Ordinal))
            .OrderByDescending(o => o.Letters.Length)
            .Select(o => o.Placeholder)
            .FirstOrDefault();
        return owner is null ? EmailRemoved : $"(email of {owner})";
    }

    /// <summary>Lower-case letters and digits only: how a name looks inside an address or a link ("mia.chen", "mia-chen").</summary>
    private static string Letters(string text) =>
        new(TextRules.Composed(text).ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    [GeneratedRegex(@"(?<local>[\p{L}\p{N}._%+\-]+)@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>()\[\]""']+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"[(),;/|]|\s[-–—]\s")]
    private static partial Regex SegmentPattern();

    private sealed record Alias(string Name, string Placeholder, bool CapitalOnly, string Letters);
}
