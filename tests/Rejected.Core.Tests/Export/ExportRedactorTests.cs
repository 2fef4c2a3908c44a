using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rejected.Core.Export;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Export;

public sealed class ExportRedactorTests
{
    private static readonly DateTimeOffset ExportedAt = new(2025, 3, 20, 18, 45, 7, TimeSpan.Zero);

    [Fact]
    public void CompaniesGetLettersInTheOrderTheyFirstAppearTheSameInEveryReflection()
    {
        var first = Sample.Rejection("Contoso");
        first.Entries = [Sample.Entry(ReflectionStep.CheckIn, "Contoso was my first choice over Fabrikam.")];
        var second = Sample.Rejection("Fabrikam");
        second.Entries = [Sample.Entry(ReflectionStep.CheckIn, "Fabrikam, then Contoso, then Northwind.")];
        var third = Sample.Rejection("Northwind");

        var redacted = new ExportRedactor([first, second, third]).RedactAll();

        Assert.Equal(["Company A", "Company B", "Company C"], redacted.Select(r => r.Company));
        Assert.Equal("Company A was my first choice over Company B.", redacted[0].EntryFor(ReflectionStep.CheckIn)!.Text);
        Assert.Equal("Company B, then Company A, then Company C.", redacted[1].EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "B")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void AfterZTheLettersDouble(int index, string letters)
    {
        Assert.Equal(letters, ExportRedactor.CompanyLetters(index));
    }

    [Fact]
    public void CaseVariantsAreOneCompanyAndOnePerson()
    {
        var first = Sample.Rejection("ACME");
        first.Entries = [Feedback(new FeedbackContact { Name = "Mia Chen", Relationship = Relationship.Recruiter })];
        var second = Sample.Rejection("acme");
        second.Entries =
        [
            Sample.Entry(ReflectionStep.CheckIn, "acme, Acme, ACME and aCmE; MIA CHEN, mia chen and Mia  Chen."),
            Feedback(new FeedbackContact { Name = "mia chen" }),
        ];

        var redacted = new ExportRedactor([first, second]).RedactAll();

        Assert.Equal(["Company A", "Company A"], redacted.Select(r => r.Company));
        Assert.Equal(
            "Company A, Company A, Company A and Company A; Recruiter 1, Recruiter 1 and Recruiter 1.",
            redacted[1].EntryFor(ReflectionStep.CheckIn)!.Text);
        Assert.Equal("Recruiter 1", redacted[1].EntryFor(ReflectionStep.Feedback)!.ReadData<FeedbackData>().People[0].Name);
    }

    [Fact]
    public void ACompanyIsKnownWithoutItsLegalFormToo()
    {
        var first = Sample.Rejection("Fabrikam, Inc.");
        first.Entries = [Sample.Entry(ReflectionStep.CheckIn, "Fabrikam's loop was long; Fabrikam, Inc. never wrote back.")];
        var second = Sample.Rejection("Fabrikam");

        var redacted = new ExportRedactor([first, second]).RedactAll();

        Assert.Equal(["Company A", "Company A"], redacted.Select(r => r.Company));
        Assert.Equal("Company A's loop was long; Company A never wrote back.", redacted[0].EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Fact]
    public void PeopleGetAPlaceholderForTheirRoleNumberedPerRole()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Feedback(
                [
                    new FeedbackContact { Name = "Mia Chen", Relationship = Relationship.Recruiter },
                    new FeedbackContact { Name = "Ann Lee", Relationship = Relationship.Interviewer },
                    new FeedbackContact { Name = "Raj Patel", Relationship = Relationship.Interviewer },
                    new FeedbackContact { Name = "Olu Bello", Relationship = Relationship.HiringManager },
                    new FeedbackContact { Name = "Kim Park (recruiter)" },
                    new FeedbackContact { Name = "Sven Berg" },
                    new FeedbackContact { Name = "Grandma Rose", Relationship = Relationship.Family },
                ],
                [new FeedbackItem { Said = "More depth.", From = "Tom Hall" }]),
        ];

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        var feedback = redacted.EntryFor(ReflectionStep.Feedback)!.ReadData<FeedbackData>();
        Assert.Equal(
            ["Recruiter 1", "Interviewer 1", "Interviewer 2", "Hiring manager 1", "Recruiter 2", "Person 1", "Family member 1"],
            feedback.People.Select(p => p.Name));
        Assert.Equal("Person 2", feedback.Received[0].From);
    }

    [Fact]
    public void EveryPersonNameFieldIsRedacted()
    {
        var rejection = Sample.Finished();
        rejection.Entries[1].Data = new FeedbackData
        {
            People = [new FeedbackContact { Name = "Mia Chen", Relationship = Relationship.Recruiter }],
            Received = [new FeedbackItem { Said = "Mia thought I rushed.", From = "Mia" }],
        }.ToJson();
        rejection.Entries[3].Data = new ExperienceData
        {
            Actions = [new GrowthAction { What = "Pair with Dana Scott", WhoToTalkTo = "Dana Scott", Notes = "Ask Dana first." }],
        }.ToJson();

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        var received = Assert.Single(redacted.EntryFor(ReflectionStep.Feedback)!.ReadData<FeedbackData>().Received);
        Assert.Equal(("Recruiter 1 thought I rushed.", "Recruiter 1"), (received.Said, received.From));
        var action = Assert.Single(redacted.EntryFor(ReflectionStep.Experience)!.ReadData<ExperienceData>().Actions);
        Assert.Equal(("Pair with Person 1", "Person 1", "Ask Person 1 first."), (action.What, action.WhoToTalkTo, action.Notes));
    }

    [Fact]
    public void ARoleIsNotAName()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Feedback(new FeedbackContact { Name = "the hiring manager" }, new FeedbackContact { Name = "Panel", Relationship = Relationship.Interviewer }),
            Sample.Entry(ReflectionStep.CheckIn, "The panel and the hiring manager were fair."),
        ];

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        Assert.Equal(["the hiring manager", "Panel"], redacted.EntryFor(ReflectionStep.Feedback)!.ReadData<FeedbackData>().People.Select(p => p.Name));
        Assert.Equal("The panel and the hiring manager were fair.", redacted.EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Fact]
    public void ANameInsideAnotherWordIsLeftAlone()
    {
        var rejection = Sample.Rejection("Meta");
        rejection.Entries =
        [
            Feedback(new FeedbackContact { Name = "Ann", Relationship = Relationship.Interviewer }, new FeedbackContact { Name = "Will Stone" }),
            Sample.Entry(ReflectionStep.CheckIn, "Ann's annual review, Joanna, metadata and Metaverse; I will ask Will. ANN agreed, Meta's too."),
        ];

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        Assert.Equal(
            "Interviewer 1's annual review, Joanna, metadata and Metaverse; I will ask Person 1. Interviewer 1 agreed, Company A's too.",
            redacted.EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Fact]
    public void TheLongestNameWins()
    {
        var rejection = Sample.Rejection("Acme");
        rejection.Entries =
        [
            SampleTools.Entry(new RoleFitData { Variations = [new RoleVariation { Company = "Acme Rockets" }] }),
            Feedback(new FeedbackContact { Name = "Mia Chen", Relationship = Relationship.Recruiter }, new FeedbackContact { Name = "Mia", Relationship = Relationship.Peer }),
            Sample.Entry(ReflectionStep.CheckIn, "Acme Rockets is not Acme. Mia Chen is not Mia."),
        ];

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        Assert.Equal("Company B is not Company A. Recruiter 1 is not Peer 1.", redacted.EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Fact]
    public void AFirstNameSharedByTwoPeopleStandsForEither()
    {
        var rejection = Sample.Rejection();
        rejection.Entries =
        [
            Feedback(new FeedbackContact { Name = "Sam Ortiz", Relationship = Relationship.Recruiter }, new FeedbackContact { Name = "Sam Lee", Relationship = Relationship.Mentor }),
            Sample.Entry(ReflectionStep.CheckIn, "Sam said so."),
        ];

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        Assert.Equal("Recruiter 1 or Mentor 1 said so.", redacted.EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Fact]
    public void EmailAddressesAndLinksThatNameSomeoneGo()
    {
        var rejection = Sample.Rejection("Contoso");
        rejection.Entries =
        [
            Feedback(new FeedbackContact { Name = "Mia Chen", Relationship = Relationship.Recruiter }),
            Sample.Entry(
                ReflectionStep.CheckIn,
                "Wrote to mia.chen@contoso.com and mchen@gmail.com, cc jobs@contoso.com; see https://www.linkedin.com/in/mia-chen-42 and https://example.com/tips."),
        ];

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        Assert.Equal(
            "Wrote to (email of Recruiter 1) and (email of Recruiter 1), cc (email removed); see (link removed) and https://example.com/tips.",
            redacted.EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Fact]
    public void NamesInScriptsWithoutSpacesAreFoundInsideWords()
    {
        var rejection = Sample.Rejection("株式会社テスト");
        rejection.Entries =
        [
            Feedback(new FeedbackContact { Name = "李雷", Relationship = Relationship.Peer }),
            Sample.Entry(ReflectionStep.CheckIn, "李雷说テストの面接は難しかった。"),
        ];

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        Assert.Equal("Peer 1说Company Aの面接は難しかった。", redacted.EntryFor(ReflectionStep.CheckIn)!.Text);
    }

    [Fact]
    public void EveryTextFieldIsRedacted()
    {
        var rejection = Sample.Rejection("Contoso", "Contoso platform engineer");
        rejection.Level = "Contoso L5";
        rejection.Team = "Contoso Payments";
        rejection.Tags = ["contoso", "remote"];
        rejection.Entries =
        [
            Feedback(new FeedbackContact { Name = "Mia Chen", Relationship = Relationship.Recruiter }),
            SampleTools.Entry(new PrioritiesData { Changes = [new CandidateChange { Title = "Ask Mia about Contoso's bar" }] }),
            SampleTools.Entry(
                new RoleFitData
                {
                    Appealed = [new TextItem { Text = "Contoso's mission" }],
                    DidNotAppeal = [new TextItem { Text = "Mia's team size" }],
                    VerdictWhy = "Contoso moves fast.",
                    WantVsFit = "Like Mia Chen's role.",
                    Levels = [new LevelComparison { Company = "Contoso", Title = "Contoso L5", Scope = "Mia's scope", YourRead = "Contoso-level" }],
                    Variations = [new RoleVariation { Company = "Contoso", TeamOrRole = "Contoso Labs" }],
                },
                "Contoso text"),
            Sample.Entry(ReflectionStep.WrapUp, "Bye Contoso.", mood: 3, takeaway: "Contoso is one company."),
            Sample.Revisit("Mia Chen wrote again.", new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)),
        ];
        rejection.EntryFor(ReflectionStep.WrapUp)!.Data = new WrapUpData { OtherGroups = [new TextItem { Text = "Contoso Research" }] }.ToJson();

        var markdown = ReflectionMarkdown.Write(new ExportRedactor([rejection]).Redact(rejection), ExportedAt);

        Assert.DoesNotContain("contoso", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mia", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Chen", markdown, StringComparison.Ordinal);
        Assert.Contains("Company A Labs", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Takeaway:** Company A is one company.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOriginalsAreNotChanged()
    {
        var rejection = Sample.Finished();
        foreach (var entry in rejection.Entries.Where(e => e.Step != ReflectionStep.CheckIn))
        {
            entry.Data = SampleTools.Filled(entry.Step).ToJson();
        }

        var before = ReflectionMarkdown.Write(rejection, ExportedAt);
        var data = rejection.Entries.Select(e => e.Data).ToList();

        var redacted = new ExportRedactor([rejection]).Redact(rejection);

        Assert.Equal(before, ReflectionMarkdown.Write(rejection, ExportedAt));
        Assert.Equal(data, rejection.Entries.Select(e => e.Data));
        Assert.NotSame(rejection.Entries[0], redacted.Entries[0]);
        Assert.Equal("Company A", redacted.Company);
    }

    [Fact]
    public void ToolLinksSurviveRedaction()
    {
        var rejection = Sample.Finished();
        rejection.Entries[2].Data = SampleTools.Priorities().ToJson();
        rejection.Entries[3].Data = SampleTools.Experience().ToJson();

        var markdown = ReflectionMarkdown.Write(new ExportRedactor([rejection]).Redact(rejection), ExportedAt);

        Assert.Contains("for: Practise system design", markdown, StringComparison.Ordinal);
        var imported = ReflectionMarkdownReader.Read(markdown, "mentor");
        Assert.Equal("Company A", imported.Company);
        Assert.NotNull(imported.EntryFor(ReflectionStep.Experience)!.ReadData<ExperienceData>().Actions[0].ChangeId);
    }

    [Fact]
    public void ACopyHasItsOwnIdSoImportingItCannotOverwriteTheOriginal()
    {
        var rejection = Sample.Finished();
        var redactor = new ExportRedactor([rejection]);

        var first = redactor.Redact(rejection);

        Assert.NotEqual(rejection.ExternalId, first.ExternalId);
        Assert.Equal(first.ExternalId, redactor.Redact(rejection).ExternalId);
        Assert.NotEqual(first.ExternalId, new ExportRedactor([rejection]).Redact(rejection).ExternalId);
    }

    [Fact]
    public void TheFileNameComesFromTheRedactedCopy()
    {
        var rejection = Sample.Rejection("Contoso", "Contoso Backend Engineer");
        rejection.DecidedOn = new DateOnly(2025, 3, 1);

        var name = ExportFileName.For(new ExportRedactor([rejection]).Redact(rejection));

        Assert.Equal("company-a-company-a-backend-engineer-2025-03-01.md", name);
    }

    [Fact]
    public void OnlyTheReflectionsOfTheExportCanBeRedacted()
    {
        var redactor = new ExportRedactor([Sample.Finished()]);

        Assert.Throws<ArgumentException>(() => redactor.Redact(Sample.Finished()));
    }

    public static TheoryData<int> SeedBlocks() => new(Enumerable.Range(0, 8).Select(b => b * 25));

    [Theory]
    [MemberData(nameof(SeedBlocks))]
    public void NoOriginalNameIsLeftAnywhereInTheRedactedFiles(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + 25; seed++)
        {
            var random = new Random(seed);
            var reflections = Enumerable.Range(1, random.Next(1, 4)).Select(i => NamedJournal(random, seed * 10 + i, i)).ToList();

            var redacted = new ExportRedactor(reflections).RedactAll();

            foreach (var copy in redacted)
            {
                var markdown = ReflectionMarkdown.Write(copy, ExportedAt);
                var decoded = WebUtility.HtmlDecode(Regex.Replace(markdown, @"\\(.)", "$1", RegexOptions.Singleline));
                foreach (var text in new[] { markdown, decoded, string.Join("\n", Strings(copy)) })
                {
                    var leak = Leak(text);
                    Assert.True(leak is null, $"seed {seed}: '{leak}' is left in:\n{text}");
                }
            }
        }
    }

    private static readonly string[] Companies =
        ["Contoso", "Fabrikam Inc.", "Northwind Traders", "Globex Corporation", "Initech", "Umbrella Corp", "Ødegaard AS", "Café Olé", "株式会社テスト", "Wayne Enterprises"];

    private static readonly (string Name, Relationship? Role)[] People =
    [
        ("Mia Chen", Relationship.Recruiter), ("Ann Lee", Relationship.Interviewer), ("José Álvarez", Relationship.HiringManager),
        ("Zoë Ångström", null), ("李雷", Relationship.Peer), ("Priya Natarajan", Relationship.Mentor), ("Sam O'Neil", Relationship.Coworker),
        ("Ólafur Arnalds", Relationship.Friend), ("Dmitri Ivanov", null), ("Fatima Zahra", Relationship.Interviewer),
    ];

    /// <summary>A generated journal whose companies and people come from the pools above, named all through its text.</summary>
    private static Rejection NamedJournal(Random random, int seed, int id)
    {
        var companies = Companies.OrderBy(_ => random.Next()).Take(3).ToList();
        var people = People.OrderBy(_ => random.Next()).Take(4).ToList();
        var snippets = Enumerable.Range(0, 60).Select(_ => Snippet(random, companies, people)).Concat(NaughtyStrings.Blns.Take(40)).ToList();
        var rejection = new JournalGenerator(seed, snippets).Rejection(id);
        rejection.Company = Variant(random, companies[0]);

        string Person() => people[random.Next(people.Count)].Name;
        foreach (var entry in rejection.Entries)
        {
            switch (entry.ToAnswer().Data)
            {
                case FeedbackData feedback:
                    foreach (var contact in feedback.People)
                    {
                        var (name, role) = people[random.Next(people.Count)];
                        contact.Name = random.Next(3) == 0 ? $"{name} ({role?.Label().ToLowerInvariant() ?? "contact"})" : name;
                        contact.Relationship = random.Next(3) == 0 ? null : role;
                    }

                    feedback.Received.ForEach(f => f.From = random.Next(2) == 0 ? Person() : Person().Split(' ')[0]);
                    entry.Data = feedback.ToJson();
                    break;
                case ExperienceData experience:
                    experience.Actions.ForEach(a => a.WhoToTalkTo = Person());
                    entry.Data = experience.ToJson();
                    break;
                case RoleFitData roleFit:
                    roleFit.Levels.ForEach(l => l.Company = companies[random.Next(companies.Count)]);
                    roleFit.Variations.ForEach(v => v.Company = Variant(random, companies[random.Next(companies.Count)]));
                    entry.Data = roleFit.ToJson();
                    break;
            }
        }

        // The redactor knows the names the data gives as names; make sure every name the text uses is one of them.
        var listed = Tool<FeedbackData>(rejection, ReflectionStep.Feedback);
        listed.People.AddRange(people.Select(p => new FeedbackContact { Name = p.Name, Relationship = p.Role }));
        rejection.EntryFor(ReflectionStep.Feedback)!.Data = listed.ToJson();
        var roleFitData = Tool<RoleFitData>(rejection, ReflectionStep.RoleFit);
        roleFitData.Variations.AddRange(companies.Select(c => new RoleVariation { Company = c }));
        rejection.EntryFor(ReflectionStep.RoleFit)!.Data = roleFitData.ToJson();
        return rejection;
    }

    private static T Tool<T>(Rejection rejection, ReflectionStep step)
        where T : StepData, new()
    {
        if (rejection.EntryFor(step) is null)
        {
            rejection.Entries.Add(Sample.Entry(step));
        }

        return rejection.EntryFor(step)!.ReadData<T>();
    }

    private static string Snippet(Random random, List<string> companies, List<(string Name, Relationship? Role)> people)
    {
        var company = companies[random.Next(companies.Count)];
        var person = people[random.Next(people.Count)].Name;
        var parts = person.Split(' ');
        var first = parts[0];
        var email = $"{Letters(first)}.{Letters(parts[^1])}@{Letters(company)}.com";
        return random.Next(12) switch
        {
            0 => $"{person} said the system design round was weak.",
            1 => $"I emailed {email} twice.",
            2 => $"{person.ToUpperInvariant()} NEVER REPLIED",
            3 => $"{person.ToLowerInvariant()} was kind about it",
            4 => $"{first}'s feedback and {parts[^1]}’s notes",
            5 => $"**{person}**, [{first}](mailto:{email})",
            6 => $"Profile: https://www.linkedin.com/in/{Letters(first)}-{Letters(parts[^1])}",
            7 => $"{company}'s culture, {company.ToUpperInvariant()} and {company.ToLowerInvariant()}",
            8 => $"Applied at https://careers.{Letters(company)}.com/jobs/42",
            9 => $"- {first}:\n  - {company} loop\n\n## {person}",
            10 => $"{Variant(random, company)} vs {Variant(random, companies[0])}",
            _ => $"\"{person}\" at {company}\t— {first.ToUpperInvariant()}",
        };
    }

    private static string Variant(Random random, string name) => random.Next(3) switch
    {
        0 => name.ToUpperInvariant(),
        1 => name.ToLowerInvariant(),
        _ => name,
    };

    /// <summary>The first original name found in <paramref name="text"/>: any company or full name in any case, or a capitalized part of a name.</summary>
    private static string? Leak(string text)
    {
        // A company is also known by its name without the legal form.
        string[] cores = ["Fabrikam", "Globex", "Umbrella", "Ødegaard", "テスト"];
        foreach (var company in Companies)
        {
            foreach (var name in cores.Where(c => company.Contains(c, StringComparison.Ordinal)).Prepend(company))
            {
                if (Find(text, name, ignoreCase: true))
                {
                    return name;
                }
            }
        }

        foreach (var (person, _) in People)
        {
            if (Find(text, person, ignoreCase: true) || person.Split(' ').Any(part => Find(text, part, ignoreCase: false)))
            {
                return person;
            }

            if (text.Contains(Letters(person.Split(' ')[^1]) + "@", StringComparison.OrdinalIgnoreCase)
                || text.Contains("/in/" + Letters(person.Split(' ')[0]), StringComparison.OrdinalIgnoreCase))
            {
                return person + " (address)";
            }
        }

        return null;
    }

    private static bool Find(string text, string name, bool ignoreCase)
    {
        var cjk = name.Any(c => c >= '\u3040');
        var pattern = cjk ? Regex.Escape(name) : $@"(?<![\p{{L}}\p{{M}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{M}}\p{{N}}])";
        return Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            .Any(m => ignoreCase || !char.IsLower(m.Value, 0));
    }

    private static string Letters(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>Every string the redacted reflection holds, tool values included, as the app stores them.</summary>
    private static IEnumerable<string> Strings(Rejection rejection)
    {
        IEnumerable<string?> facts = [rejection.Company, rejection.RoleTitle, rejection.Level, rejection.Team, .. rejection.Tags];
        foreach (var value in facts)
        {
            yield return value ?? "";
        }

        foreach (var entry in rejection.Entries)
        {
            yield return entry.Text;
            yield return entry.Takeaway ?? "";
            if (entry.Data is { } json)
            {
                using var document = JsonDocument.Parse(json);
                foreach (var value in StringValues(document.RootElement))
                {
                    yield return value;
                }
            }
        }
    }

    private static IEnumerable<string> StringValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringValues(p.Value)).ToList(),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringValues).ToList(),
        _ => [],
    };

    private static JournalEntry Feedback(params FeedbackContact[] people) => Feedback(people, []);

    private static JournalEntry Feedback(FeedbackContact[] people, FeedbackItem[] received) =>
        SampleTools.Entry(new FeedbackData { People = [.. people], Received = [.. received] });
}
