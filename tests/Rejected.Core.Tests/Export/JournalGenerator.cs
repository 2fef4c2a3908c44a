using System.Text;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Core.Tests.Export;

/// <summary>
/// Builds random but valid reflections (what the app could have saved) from a seed, so a failing case can be run
/// again. Text comes from <see cref="NaughtyStrings"/>, alone, mixed into lines, or as one very long entry.
/// </summary>
internal sealed class JournalGenerator(int seed, IReadOnlyList<string>? words = null)
{
    public const int LongTextLength = 100_000;

    private static readonly DateOnly FirstDay = new(2015, 1, 1);

    private readonly Random random = new(seed);
    private readonly IReadOnlyList<string> words = words ?? NaughtyStrings.All;

    /// <summary>A reflection of any shape: empty, partial or complete, with tools, fields and revisit notes.</summary>
    public Rejection Rejection(int id = 1)
    {
        var rejection = new Rejection
        {
            Id = id,
            OwnerId = "owner-1",
            ExternalId = new Guid(Bytes(16)),
            Company = Required(RejectionDetails.MaxCompanyLength),
            RoleTitle = Required(RejectionDetails.MaxRoleTitleLength),
            Level = Maybe() ? Truncate(Word(), RejectionDetails.MaxShortFieldLength) : null,
            Team = Maybe() ? Truncate(Word(), RejectionDetails.MaxShortFieldLength) : null,
            Stage = Maybe() ? Pick(Enum.GetValues<InterviewStage>()) : null,
            DecidedOn = Maybe() ? Day() : null,
            Communication = Maybe() ? Pick(Enum.GetValues<DecisionChannel>()) : null,
            Tags = Tags(),
        };

        foreach (var guide in StepGuide.All)
        {
            if (random.Next(6) > 0)
            {
                rejection.Entries.Add(Entry(guide.Step, rejection));
            }
        }

        for (var i = random.Next(-2, 4); i > 0; i--)
        {
            var at = new DateTimeOffset(Day().ToDateTime(new TimeOnly(random.Next(24), random.Next(60))), TimeSpan.FromHours(random.Next(-12, 13)));
            rejection.Entries.Add(new JournalEntry
            {
                Id = 100 + i,
                OwnerId = rejection.OwnerId,
                Step = ReflectionStep.Revisit,
                Text = Text(),
                CreatedAt = at,
                UpdatedAt = at,
            });
        }

        return rejection;
    }

    /// <summary>A piece of journal text: blank, one string, lines of them, or (rarely) 100,000 characters.</summary>
    public string Text() => random.Next(40) switch
    {
        0 => LongText(),
        < 5 => Pick(["", " ", "\n\n", " \t\r\n "]),
        < 18 => Word(),
        _ => Lines(random.Next(2, 10)),
    };

    public string LongText()
    {
        var builder = new StringBuilder(LongTextLength + 2_000);
        while (builder.Length < LongTextLength)
        {
            builder.Append(Word()).Append(Pick(["\n", "\n\n", " ", "\r\n"]));
        }

        return Truncate(builder.ToString(), LongTextLength);
    }

    private JournalEntry Entry(ReflectionStep step, Rejection rejection)
    {
        var entry = new JournalEntry
        {
            OwnerId = rejection.OwnerId,
            RejectionId = rejection.Id,
            Step = step,
            Text = Maybe(0.7) ? Text() : "",
        };

        if (step is ReflectionStep.CheckIn or ReflectionStep.WrapUp && Maybe(0.7))
        {
            entry.Mood = random.Next(1, 6);
        }

        if (step == ReflectionStep.WrapUp)
        {
            entry.Takeaway = Maybe(0.7) ? OneLine(StepAnswer.MaxTakeawayLength) : null;
            entry.RevisitOn = Maybe() ? Day() : null;
        }

        entry.Data = Maybe(0.8) ? Tool(step, rejection)?.ToJson() : null;
        return entry;
    }

    private StepData? Tool(ReflectionStep step, Rejection rejection) => step switch
    {
        ReflectionStep.Feedback => new FeedbackData
        {
            People = Many(() =>
            {
                var asked = Maybe() ? Day() : (DateOnly?)null;
                return new FeedbackContact
                {
                    Name = Value(),
                    Relationship = Maybe() ? Pick(Enum.GetValues<Relationship>()) : null,
                    Status = Pick(Enum.GetValues<RequestStatus>()),
                    AskedOn = asked,
                    FollowUpOn = Maybe() ? (asked ?? FirstDay).AddDays(random.Next(30)) : null,
                };
            }),
            Received = Many(() => new FeedbackItem
            {
                Said = Value(),
                From = Maybe() ? Value() : "",
                Category = Maybe() ? Pick(Enum.GetValues<FeedbackCategory>()) : null,
                Agreement = Maybe() ? Pick(Enum.GetValues<Agreement>()) : null,
            }),
        },
        ReflectionStep.Priorities => new PrioritiesData
        {
            Changes = Many(() => new CandidateChange
            {
                // Repeated titles make the links ambiguous on purpose.
                Title = Maybe(0.1) ? "Practise system design" : Value(),
                Kind = Maybe() ? Pick(Enum.GetValues<ChangeKind>()) : null,
                Feasibility = Maybe() ? random.Next(1, 6) : null,
                Impact = Maybe() ? random.Next(1, 6) : null,
                Decision = Maybe() ? Pick(Enum.GetValues<ChangeDecision>()) : null,
                FromFeedbackId = Maybe(0.3) ? new Guid(Bytes(16)) : null,
            }),
        },
        ReflectionStep.Experience => new ExperienceData
        {
            Actions = Many(() => new GrowthAction
            {
                What = Value(),
                ChangeId = ChangeToLink(rejection),
                Opportunity = Maybe() ? Pick(Enum.GetValues<OpportunityType>()) : null,
                WhoToTalkTo = Maybe() ? Value() : "",
                TargetDate = Maybe() ? Day() : null,
                Status = Pick(Enum.GetValues<ActionStatus>()),
                Notes = Maybe() ? Value() : "",
            }),
        },
        ReflectionStep.RoleFit => new RoleFitData
        {
            Appealed = Many(() => new TextItem { Text = Value() }),
            DidNotAppeal = Many(() => new TextItem { Text = Value() }),
            Verdict = Maybe() ? Pick(Enum.GetValues<FitVerdict>()) : null,
            VerdictWhy = Maybe() ? Value() : "",
            WantVsFit = Maybe() ? Value() : "",
            Levels = Many(() => new LevelComparison
            {
                Company = Maybe() ? Value() : "",
                Title = Maybe() ? Value() : "",
                Scope = Maybe() ? Value() : "",
                YourRead = Maybe() ? Value() : "",
            }),
            Variations = Many(() => new RoleVariation { Company = Maybe() ? Value() : "", TeamOrRole = Maybe() ? Value() : "" }),
        },
        ReflectionStep.WrapUp => new WrapUpData { OtherGroups = Many(() => new TextItem { Text = Value() }) },
        _ => null,
    };

    private Guid? ChangeToLink(Rejection rejection)
    {
        var changes = rejection.EntryFor(ReflectionStep.Priorities)?.ReadData<PrioritiesData>().Changes ?? [];
        return random.Next(4) switch
        {
            0 => null,
            1 => new Guid(Bytes(16)),
            _ when changes.Count > 0 => Pick(changes).Id,
            _ => null,
        };
    }

    /// <summary>A tool value: mostly one string, sometimes several lines; at most what a tool field can hold.</summary>
    private string Value() => Truncate(random.Next(5) == 0 ? Lines(random.Next(2, 5)) : Word(), StepData.MaxTextLength);

    private string Lines(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pick(["", "", " ", "  ", "\t"])).Append(Word()).Append(Pick(["", "", " ", "\t"]));
            if (i < count - 1)
            {
                builder.Append(Pick(["\n", "\n", "\n\n", "\r\n", "\n\n\n", "\n \n"]));
            }
        }

        return builder.ToString();
    }

    private string OneLine(int max)
    {
        var line = Word().Replace('\r', ' ').Replace('\n', ' ');
        return Truncate(line, max);
    }

    private string Required(int max)
    {
        var value = Truncate(Word(), max);
        return string.IsNullOrWhiteSpace(value) ? "Contoso" : value;
    }

    private List<string> Tags()
    {
        var typed = string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Word()));
        return TextRules.NormalizeTags(typed).Where(t => t.Length <= TextRules.MaxTagLength).Take(TextRules.MaxTags).ToList();
    }

    private List<T> Many<T>(Func<T> item)
    {
        var count = random.Next(5) switch
        {
            0 => 0,
            4 => random.Next(4, 12),
            _ => random.Next(1, 4),
        };
        return Enumerable.Range(0, count).Select(_ => item()).ToList();
    }

    private string Word() => Pick(words);

    private DateOnly Day() => FirstDay.AddDays(random.Next(4_000));

    private bool Maybe(double chance = 0.5) => random.NextDouble() < chance;

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Cuts to at most <paramref name="max"/> characters without splitting a surrogate pair.</summary>
    private static string Truncate(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..cut];
    }
}
