using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Data;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

/// <summary>
/// The running counts in InsightTallies, kept by triggers, against Core's definition
/// (<see cref="Core.Insights.InsightTallies.Count"/>) of what is actually stored: a random but repeatable
/// sequence of what two users do through the services, checked every few steps for each user on their own.
/// </summary>
public sealed class InsightTalliesTests : IDisposable
{
    private const int Steps = 90;
    private const int CheckEvery = 3;

    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    // Repeated words and phrases (so themes recur across reflections), stop words, short words, numbers,
    // case and spacing variants, accents and nothing at all.
    private static readonly string[] Fragments =
    [
        "system design", "More system design depth.", "SYSTEM   Design was shallow", "Communication was great",
        "communication skills", "SQL experience", "C# depth", "Kubernetes and system design!", "the the and of it",
        "Zoë's café culture", "design", "Not enough leadership experience", "leadership", "C++ and C#", "in 2024 we had 100",
        "go", "", "   ",
    ];

    // Blank in every way string.IsNullOrWhiteSpace knows, and real ones (some the same).
    private static readonly string[] Whats =
    [
        "Lead the queue migration", "Write Go in billing", "Pair with the SRE team", "Lead the queue migration", "", "   ", " \n\t", "\u00A0",
    ];

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ReflectionService reflections;
    private readonly GrowthPlanService plan;
    private readonly InsightsService insights;
    private readonly string alice;
    private readonly string bob;

    public InsightTalliesTests()
    {
        reflections = new ReflectionService(database.Factory, clock);
        plan = new GrowthPlanService(database.Factory, clock);
        insights = new InsightsService(database.Factory);
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(1234)]
    [InlineData(20261126)]
    public async Task TheTalliesAlwaysEqualTheCountOfWhatIsStored(int seed)
    {
        var random = new Random(seed);
        var users = new Dictionary<string, List<int>> { [alice] = [], [bob] = [] };
        var done = new HashSet<string>();

        for (var step = 1; step <= Steps; step++)
        {
            var user = random.Next(2) == 0 ? alice : bob;
            var other = user == alice ? bob : alice;
            done.Add(await ActAsync(random, user, users[user], users[other]));
            clock.Advance(TimeSpan.FromMinutes(random.Next(1, 90)));
            if (step % CheckEvery == 0)
            {
                await AssertTalliesAsync($"seed {seed}, step {step}");
            }
        }

        await AssertTalliesAsync($"seed {seed}, end");
        foreach (var user in users.Keys)
        {
            Assert.Equal(StoredInsights.Json(await StoredInsights.ExpectedReportAsync(database, user)), StoredInsights.Json(await insights.GetAsync(user)));
        }

        // The sequence is long enough to try every kind of operation.
        Assert.Superset(
            new HashSet<string> { "create", "feedback", "experience", "edit feedback", "edit experience", "status", "clear", "delete", "other steps" },
            done);
    }

    [Fact]
    public async Task ATalliedThemeCountsReflectionsNotMentions()
    {
        var first = await CreateAsync(alice);
        await SaveAsync(alice, first, Feedback(("System design. More system design!", FeedbackCategory.SkillSet), ("system design depth", FeedbackCategory.SkillSet)));
        var second = await CreateAsync(alice);
        await SaveAsync(alice, second, Feedback(("Shallow system design", FeedbackCategory.Communication)));

        var rows = await StoredInsights.StoredRowsAsync(database, alice);

        Assert.Equal(await StoredInsights.ExpectedRowsAsync(database, alice), rows);
        Assert.Contains(new TallyRow(TallyKind.FeedbackTheme, "system design", 2, true), rows);
        Assert.Contains(new TallyRow(TallyKind.FeedbackTheme, "depth", 1, false), rows);
        Assert.Contains(new TallyRow(TallyKind.FeedbackCategory, nameof(FeedbackCategory.SkillSet), 1, false), rows);
    }

    [Fact]
    public async Task ActionsWithABlankDescriptionAreNotCounted()
    {
        var id = await CreateAsync(alice);
        await SaveAsync(alice, id, new ExperienceData
        {
            Actions =
            [
                new GrowthAction { What = "Real one", Status = ActionStatus.Done },
                new GrowthAction { What = "", Status = ActionStatus.Done },
                new GrowthAction { What = "   ", Status = ActionStatus.Done },
                new GrowthAction { What = " \n\t", Status = ActionStatus.Done },
                new GrowthAction { What = "\u00A0\u2003", Status = ActionStatus.Done },
            ],
        });

        // The growth plan shows one action; insights must count the same one.
        Assert.Single(await plan.GetAsync(alice));
        Assert.Equal([new TallyRow(TallyKind.ActionStatus, nameof(ActionStatus.Done), 1, false)], await StoredInsights.StoredRowsAsync(database, alice));
        Assert.Equal(1, (await insights.GetAsync(alice)).Actions.Total);
    }

    [Fact]
    public async Task DeletingAnAccountThroughIdentityRemovesItsTallies()
    {
        await FillBothJournalsAsync();

        await using (var db = database.CreateContext())
        {
            using var users = UserManagerFor(db);
            var user = await users.FindByIdAsync(alice);
            Assert.True((await users.DeleteAsync(user!)).Succeeded);
        }

        await AssertAccountGoneAsync();
    }

    [Fact]
    public async Task DeletingTheAccountRowRemovesItsTallies()
    {
        await FillBothJournalsAsync();

        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"DELETE FROM \"AspNetUsers\" WHERE \"Id\" = {alice}"));
        }

        await AssertAccountGoneAsync();
    }

    private async Task FillBothJournalsAsync()
    {
        foreach (var user in new[] { alice, bob })
        {
            var id = await CreateAsync(user);
            await SaveAsync(user, id, Feedback(("System design depth", FeedbackCategory.SkillSet)));
            await SaveAsync(user, id, SampleTools.Experience());
        }

        Assert.NotEmpty(await StoredInsights.StoredRowsAsync(database, alice));
        Assert.Equal([alice, bob], await StoredInsights.OwnersWithTalliesAsync(database));
    }

    private async Task AssertAccountGoneAsync()
    {
        Assert.Empty(await StoredInsights.StoredRowsAsync(database, alice));
        Assert.Equal([bob], await StoredInsights.OwnersWithTalliesAsync(database));
        var bobs = await StoredInsights.StoredRowsAsync(database, bob);
        Assert.NotEmpty(bobs);
        Assert.Equal(await StoredInsights.ExpectedRowsAsync(database, bob), bobs);
    }

    private static UserManager<ApplicationUser> UserManagerFor(JournalDbContext db) => new(
        new UserStore<ApplicationUser, IdentityRole, JournalDbContext>(db),
        Options.Create(new IdentityOptions()),
        new PasswordHasher<ApplicationUser>(),
        [],
        [],
        new UpperInvariantLookupNormalizer(),
        new IdentityErrorDescriber(),
        new ServiceCollection().BuildServiceProvider(),
        NullLogger<UserManager<ApplicationUser>>.Instance);

    private async Task AssertTalliesAsync(string when)
    {
        foreach (var user in new[] { alice, bob })
        {
            var expected = await StoredInsights.ExpectedRowsAsync(database, user);
            var stored = await StoredInsights.StoredRowsAsync(database, user);
            Assert.True(
                expected.SequenceEqual(stored),
                $"{when}, {user}:\nexpected {string.Join("; ", expected)}\nstored   {string.Join("; ", stored)}");
        }

        // Nobody else has rows: a count never lands on another owner.
        Assert.Subset(new HashSet<string> { alice, bob }, (await StoredInsights.OwnersWithTalliesAsync(database)).ToHashSet());
    }

    /// <summary>One random thing a user does; returns what kind of thing it was.</summary>
    private async Task<string> ActAsync(Random random, string user, List<int> ids, List<int> othersIds)
    {
        var choice = ids.Count == 0 || (ids.Count < 6 && random.Next(6) == 0) ? -1 : random.Next(11);
        if (choice == -1)
        {
            ids.Add(await CreateAsync(user));
            return "create";
        }

        var id = ids[random.Next(ids.Count)];
        switch (choice)
        {
            case 0 or 1:
                await SaveAsync(user, id, RandomFeedback(random));
                return "feedback";
            case 2 or 3:
                await SaveAsync(user, id, RandomExperience(random));
                return "experience";
            case 4:
                {
                    var feedback = await StoredAsync<FeedbackData>(user, id);
                    EditFeedback(random, feedback);
                    await SaveAsync(user, id, feedback);
                    return "edit feedback";
                }

            case 5:
                {
                    var experience = await StoredAsync<ExperienceData>(user, id);
                    EditExperience(random, experience);
                    await SaveAsync(user, id, experience);
                    return "edit experience";
                }

            case 6 or 7:
                {
                    var actions = (await StoredAsync<ExperienceData>(user, id)).Actions;
                    if (actions.Count == 0)
                    {
                        await SaveAsync(user, id, RandomExperience(random));
                        return "experience";
                    }

                    var action = actions[random.Next(actions.Count)];
                    var status = RandomStatus(random);
                    // The other user can never change it; the owner always can.
                    Assert.False(await plan.SetStatusAsync(user == alice ? bob : alice, id, action.Id, status));
                    Assert.True(await plan.SetStatusAsync(user, id, action.Id, status));
                    return "status";
                }

            case 8:
                {
                    // Cleared: no tool at all, or a tool with nothing that counts; the journal text stays.
                    var step = random.Next(2) == 0 ? ReflectionStep.Feedback : ReflectionStep.Experience;
                    StepData? data = random.Next(2) == 0
                        ? null
                        : step == ReflectionStep.Feedback
                            ? new FeedbackData { People = [new FeedbackContact { Name = "Mia" }] }
                            : new ExperienceData { Actions = [new GrowthAction { What = " ", Status = ActionStatus.Done }] };
                    await SaveAnswerAsync(user, id, step, new StepAnswer("Cleared the list.", Data: data));
                    return "clear";
                }

            case 9:
                Assert.True(await reflections.DeleteAsync(user, id));
                Assert.False(await reflections.DeleteAsync(user, id));
                ids.Remove(id);
                return "delete";
            default:
                await OtherStepsAsync(random, user, id, othersIds);
                return "other steps";
        }
    }

    // Things that must not move a tally: other steps, journal text alone, and attempts on another user's reflection.
    private async Task OtherStepsAsync(Random random, string user, int id, List<int> othersIds)
    {
        switch (random.Next(4))
        {
            case 0:
                await SaveAnswerAsync(user, id, ReflectionStep.CheckIn, new StepAnswer("Rough day.", Mood: random.Next(1, 6)));
                await SaveAnswerAsync(user, id, ReflectionStep.WrapUp, new StepAnswer("", Mood: random.Next(1, 6), Takeaway: "Keep going."));
                break;
            case 1:
                await SaveAsync(user, id, SampleTools.Priorities());
                await SaveAsync(user, id, SampleTools.RoleFit());
                break;
            case 2:
                {
                    // New journal text beside the stored tool, which is saved again unchanged.
                    var entry = (await reflections.GetAsync(user, id))!.EntryFor(ReflectionStep.Feedback);
                    var data = StepData.Parse(ReflectionStep.Feedback, entry?.Data);
                    await SaveAnswerAsync(user, id, ReflectionStep.Feedback, new StepAnswer($"system design notes {random.Next()}", Data: data));
                    break;
                }

            default:
                if (othersIds.Count > 0)
                {
                    var theirs = othersIds[random.Next(othersIds.Count)];
                    var attempt = await reflections.SaveStepAsync(user, theirs, ReflectionStep.Feedback, new StepAnswer("", Data: RandomFeedback(random)), 0);
                    Assert.Equal(SaveStatus.NotFound, attempt.Status);
                    Assert.False(await reflections.DeleteAsync(user, theirs));
                }

                break;
        }
    }

    private static FeedbackData RandomFeedback(Random random)
    {
        var feedback = new FeedbackData();
        var count = random.Next(0, 5);
        for (var i = 0; i < count; i++)
        {
            feedback.Received.Add(RandomItem(random));
        }

        if (random.Next(3) == 0)
        {
            feedback.People.Add(new FeedbackContact { Name = "Recruiter", Relationship = Relationship.Recruiter });
        }

        return feedback;
    }

    private static FeedbackItem RandomItem(Random random) => new()
    {
        Said = string.Join(' ', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Fragments[random.Next(Fragments.Length)])),
        From = "Panel",
        Category = RandomCategory(random),
    };

    private static FeedbackCategory? RandomCategory(Random random) =>
        random.Next(Enum.GetValues<FeedbackCategory>().Length + 1) is var c && c < Enum.GetValues<FeedbackCategory>().Length ? (FeedbackCategory)c : null;

    private static void EditFeedback(Random random, FeedbackData feedback)
    {
        switch (feedback.Received.Count == 0 ? 0 : random.Next(4))
        {
            case 0:
                feedback.Received.Add(RandomItem(random));
                break;
            case 1:
                feedback.Received.RemoveAt(random.Next(feedback.Received.Count));
                break;
            case 2:
                feedback.Received[random.Next(feedback.Received.Count)].Category = RandomCategory(random);
                break;
            default:
                feedback.Received[random.Next(feedback.Received.Count)].Said = RandomItem(random).Said;
                break;
        }
    }

    private static ExperienceData RandomExperience(Random random)
    {
        var experience = new ExperienceData();
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            experience.Actions.Add(RandomAction(random));
        }

        return experience;
    }

    private static GrowthAction RandomAction(Random random) => new()
    {
        What = Whats[random.Next(Whats.Length)],
        Status = RandomStatus(random),
        WhoToTalkTo = "Manager",
    };

    private static ActionStatus RandomStatus(Random random) => (ActionStatus)random.Next(4);

    private static void EditExperience(Random random, ExperienceData experience)
    {
        switch (experience.Actions.Count == 0 ? 0 : random.Next(4))
        {
            case 0:
                experience.Actions.Add(RandomAction(random));
                break;
            case 1:
                experience.Actions.RemoveAt(random.Next(experience.Actions.Count));
                break;
            case 2:
                experience.Actions[random.Next(experience.Actions.Count)].What = Whats[random.Next(Whats.Length)];
                break;
            default:
                experience.Actions[random.Next(experience.Actions.Count)].Status = RandomStatus(random);
                break;
        }
    }

    private static FeedbackData Feedback(params (string Said, FeedbackCategory Category)[] items) =>
        new() { Received = [.. items.Select(i => new FeedbackItem { Said = i.Said, Category = i.Category })] };

    private async Task<T> StoredAsync<T>(string user, int id)
        where T : StepData, new()
    {
        var rejection = await reflections.GetAsync(user, id);
        return rejection!.EntryFor(new T().Step)?.ReadData<T>() ?? new T();
    }

    private async Task<int> CreateAsync(string user)
    {
        var result = await reflections.CreateAsync(user, new RejectionDetails
        {
            Company = "Contoso",
            RoleTitle = "Backend Engineer",
            Stage = InterviewStage.FinalLoop,
            DecidedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private Task SaveAsync(string user, int id, StepData data) => SaveAnswerAsync(user, id, data.Step, new StepAnswer("", Data: data));

    private async Task SaveAnswerAsync(string user, int id, ReflectionStep step, StepAnswer answer)
    {
        var current = (await reflections.GetAsync(user, id))?.EntryFor(step)?.Version ?? 0;
        Assert.Equal(SaveStatus.Saved, (await reflections.SaveStepAsync(user, id, step, answer, current)).Status);
    }
}
