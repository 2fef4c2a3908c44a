using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

public sealed partial class ReflectionServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ReflectionService service;
    private readonly string alice;
    private readonly string bob;

    public ReflectionServiceTests()
    {
        service = new ReflectionService(database.Factory, clock);
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task CreateStoresTheDetailsForTheOwner()
    {
        var result = await service.CreateAsync(alice, new RejectionDetails
        {
            Company = "  Contoso ",
            RoleTitle = "Backend Engineer",
            Level = "Senior",
            Team = " ",
            Stage = InterviewStage.FinalLoop,
            DecidedOn = new DateOnly(2026, 3, 10),
            Communication = DecisionChannel.Email,
            Tags = "backend, Backend, system design",
        });

        Assert.True(result.Succeeded);
        var saved = await service.GetAsync(alice, result.Id!.Value);
        Assert.NotNull(saved);
        Assert.Equal(alice, saved.OwnerId);
        Assert.Equal("Contoso", saved.Company);
        Assert.Equal("Backend Engineer", saved.RoleTitle);
        Assert.Equal("Senior", saved.Level);
        Assert.Null(saved.Team);
        Assert.Equal(InterviewStage.FinalLoop, saved.Stage);
        Assert.Equal(new DateOnly(2026, 3, 10), saved.DecidedOn);
        Assert.Equal(DecisionChannel.Email, saved.Communication);
        Assert.Equal(["backend", "system design"], saved.Tags);
        Assert.Equal(Now, saved.CreatedAt);
        Assert.Equal(Now, saved.UpdatedAt);
        Assert.Empty(saved.Entries);
    }

    [Fact]
    public async Task CreateWithoutACompanyReturnsTheErrorAndSavesNothing()
    {
        var result = await service.CreateAsync(alice, new RejectionDetails { Company = "   ", RoleTitle = "Backend Engineer" });

        Assert.False(result.Succeeded);
        Assert.Null(result.Id);
        Assert.Equal("Please enter the company's name.", result.Errors[nameof(RejectionDetails.Company)]);
        Assert.Empty(await service.ListAsync(alice));
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Rejections.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task CreateWithAFutureDecisionDateReturnsTheErrorAndSavesNothing()
    {
        // At 12:00 UTC on the 15th it is already the 16th in UTC+14, but the 17th is nowhere yet.
        var result = await service.CreateAsync(alice, Details("Contoso", decidedOn: new DateOnly(2026, 3, 17)));

        Assert.False(result.Succeeded);
        Assert.Equal("The decision date can't be in the future.", result.Errors[nameof(RejectionDetails.DecidedOn)]);
        Assert.Empty(await service.ListAsync(alice));
    }

    [Fact]
    public async Task ADecisionDatedTodayAnywhereOnEarthIsAccepted()
    {
        var result = await service.CreateAsync(alice, Details("Contoso", decidedOn: new DateOnly(2026, 3, 16)));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task UpdateChangesTheDetailsAndTheUpdateTime()
    {
        var id = await CreateAsync(alice, "Contoso");
        clock.Advance(TimeSpan.FromHours(1));

        var result = await service.UpdateAsync(alice, id, Details("Fabrikam", "Data Engineer", new DateOnly(2026, 3, 1)));

        Assert.True(result.Succeeded);
        var saved = await service.GetAsync(alice, id);
        Assert.NotNull(saved);
        Assert.Equal("Fabrikam", saved.Company);
        Assert.Equal("Data Engineer", saved.RoleTitle);
        Assert.Equal(new DateOnly(2026, 3, 1), saved.DecidedOn);
        Assert.Equal(Now, saved.CreatedAt);
        Assert.Equal(Now.AddHours(1), saved.UpdatedAt);
    }

    [Fact]
    public async Task UpdateWithInvalidDetailsReturnsTheErrorsAndKeepsTheSavedOnes()
    {
        var id = await CreateAsync(alice, "Contoso");

        var result = await service.UpdateAsync(alice, id, new RejectionDetails { Company = "", RoleTitle = "" });

        Assert.False(result.Succeeded);
        Assert.Equal(id, result.Id);
        Assert.Contains(nameof(RejectionDetails.Company), result.Errors.Keys);
        Assert.Contains(nameof(RejectionDetails.RoleTitle), result.Errors.Keys);
        Assert.Equal("Contoso", (await service.GetAsync(alice, id))!.Company);
    }

    [Fact]
    public async Task DeleteRemovesTheRejection()
    {
        var id = await CreateAsync(alice, "Contoso");

        Assert.True(await service.DeleteAsync(alice, id));

        Assert.Null(await service.GetAsync(alice, id));
        Assert.Empty(await service.ListAsync(alice));
        Assert.False(await service.DeleteAsync(alice, id));
    }

    [Fact]
    public async Task DeletingARejectionDeletesItsEntries()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.CheckIn, new StepAnswer("It stings.", Mood: 2));
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Asked the recruiter."));
        var keep = await CreateAsync(alice, "Fabrikam");
        await SaveAsync(alice, keep, ReflectionStep.Feedback, new StepAnswer("Kept."));

        await service.DeleteAsync(alice, id);

        await using var db = database.CreateContext();
        var entries = await db.JournalEntries.IgnoreQueryFilters().ToListAsync();
        var entry = Assert.Single(entries);
        Assert.Equal(keep, entry.RejectionId);
    }

    [Fact]
    public async Task OtherUsersCannotOpenARejection()
    {
        var id = await CreateAsync(alice, "Contoso");

        Assert.Null(await service.GetAsync(bob, id));
    }

    [Fact]
    public async Task OtherUsersDoNotSeeARejectionInTheirList()
    {
        await CreateAsync(alice, "Contoso");

        Assert.Empty(await service.ListAsync(bob));
        Assert.Single(await service.ListAsync(alice));
    }

    [Fact]
    public async Task OtherUsersCannotUpdateARejection()
    {
        var id = await CreateAsync(alice, "Contoso");

        var result = await service.UpdateAsync(bob, id, Details("Hacked"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Id);
        var saved = await service.GetAsync(alice, id);
        Assert.Equal("Contoso", saved!.Company);
        Assert.Equal(Now, saved.UpdatedAt);
    }

    [Fact]
    public async Task OtherUsersCannotDeleteARejection()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Mine."));

        Assert.False(await service.DeleteAsync(bob, id));

        var saved = await service.GetAsync(alice, id);
        Assert.NotNull(saved);
        Assert.Single(saved.Entries);
    }

    [Fact]
    public async Task OtherUsersCannotSaveAStepOfARejection()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Mine."));

        var created = await service.SaveStepAsync(bob, id, ReflectionStep.CheckIn, new StepAnswer("Theirs.", Mood: 1), expectedVersion: 0);
        var overwritten = await service.SaveStepAsync(bob, id, ReflectionStep.Feedback, new StepAnswer("Theirs."), expectedVersion: 1);

        Assert.Equal(SaveStatus.NotFound, created.Status);
        Assert.Equal(SaveStatus.NotFound, overwritten.Status);
        await using var db = database.CreateContext();
        var entry = Assert.Single(await db.JournalEntries.IgnoreQueryFilters().ToListAsync());
        Assert.Equal(alice, entry.OwnerId);
        Assert.Equal("Mine.", entry.Text);
        Assert.Equal(1, entry.Version);
    }

    [Fact]
    public async Task SavingAStepOfAMissingRejectionIsNotFound()
    {
        var result = await service.SaveStepAsync(alice, 4242, ReflectionStep.Feedback, new StepAnswer("Text"), expectedVersion: 0);

        Assert.Equal(SaveStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task SavingAnUnknownStepIsNotFound()
    {
        var id = await CreateAsync(alice, "Contoso");

        var result = await service.SaveStepAsync(alice, id, (ReflectionStep)42, new StepAnswer("Text"), expectedVersion: 0);

        Assert.Equal(SaveStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task TheFirstSaveOfAStepCreatesItsEntryAtVersionOne()
    {
        var id = await CreateAsync(alice, "Contoso");
        clock.Advance(TimeSpan.FromMinutes(5));

        var result = await service.SaveStepAsync(alice, id, ReflectionStep.CheckIn, new StepAnswer("It stings.", Mood: 2), expectedVersion: 0);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(1, result.Version);
        Assert.Equal(Now.AddMinutes(5), result.SavedAt);
        var saved = await service.GetAsync(alice, id);
        var entry = Assert.Single(saved!.Entries);
        Assert.Equal(ReflectionStep.CheckIn, entry.Step);
        Assert.Equal("It stings.", entry.Text);
        Assert.Equal(2, entry.Mood);
        Assert.Equal(1, entry.Version);
        Assert.Equal(alice, entry.OwnerId);
        Assert.Equal(Now.AddMinutes(5), entry.CreatedAt);
        Assert.Equal(Now.AddMinutes(5), saved.UpdatedAt);
    }

    [Fact]
    public async Task ASaveWithTheCurrentVersionMovesItOn()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("First"));
        clock.Advance(TimeSpan.FromMinutes(1));

        var result = await service.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Second"), expectedVersion: 1);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(2, result.Version);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal("Second", entry.Text);
        Assert.Equal(2, entry.Version);
        Assert.Equal(Now, entry.CreatedAt);
        Assert.Equal(Now.AddMinutes(1), entry.UpdatedAt);
    }

    [Fact]
    public async Task ASaveWithAStaleVersionIsAConflictAndOverwritesNothing()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("First"));
        await service.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("From the other tab"), expectedVersion: 1);

        var result = await service.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("From this tab"), expectedVersion: 1);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Equal(2, result.Version);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal("From the other tab", entry.Text);
        Assert.Equal(2, entry.Version);
    }

    [Fact]
    public async Task ASaveExpectingAnEntryThatWasNeverSavedIsAConflict()
    {
        var id = await CreateAsync(alice, "Contoso");

        var result = await service.SaveStepAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Text"), expectedVersion: 3);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Equal(0, result.Version);
        Assert.Empty((await service.GetAsync(alice, id))!.Entries);
    }

    [Fact]
    public async Task AHundredThousandCharacterEntrySavesAndReadsBackIntact()
    {
        var id = await CreateAsync(alice, "Contoso");
        var text = SampleText.Long(100_000);

        var result = await service.SaveStepAsync(alice, id, ReflectionStep.Experience, new StepAnswer(text), expectedVersion: 0);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal(100_000, entry.Text.Length);
        Assert.Equal(text, entry.Text);
    }

    [Fact]
    public async Task TextOverTheLimitIsInvalidAndThePreviousTextStays()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Experience, new StepAnswer("Saved before"));

        var result = await service.SaveStepAsync(
            alice, id, ReflectionStep.Experience, new StepAnswer(new string('x', StepAnswer.MaxTextLength + 1)), expectedVersion: 1);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains(nameof(StepAnswer.Text), result.Errors.Keys);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal("Saved before", entry.Text);
        Assert.Equal(1, entry.Version);
    }

    [Fact]
    public async Task AnInvalidAnswerIsNotSaved()
    {
        var id = await CreateAsync(alice, "Contoso");

        var result = await service.SaveStepAsync(
            alice, id, ReflectionStep.WrapUp, new StepAnswer("", Mood: 6, Takeaway: new string('t', StepAnswer.MaxTakeawayLength + 1)), expectedVersion: 0);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains(nameof(StepAnswer.Mood), result.Errors.Keys);
        Assert.Contains(nameof(StepAnswer.Takeaway), result.Errors.Keys);
        Assert.Empty((await service.GetAsync(alice, id))!.Entries);
    }

    [Fact]
    public async Task ListShowsTheNewestDecisionFirstWithProgressAndMoods()
    {
        var older = await CreateAsync(alice, "Older", decidedOn: new DateOnly(2026, 1, 5));
        var undated = await CreateAsync(alice, "Undated", decidedOn: null);
        var newest = await CreateAsync(alice, "Newest", decidedOn: new DateOnly(2026, 3, 2));
        var middle = await CreateAsync(alice, "Middle", decidedOn: new DateOnly(2026, 2, 20));
        await SaveAsync(alice, newest, ReflectionStep.CheckIn, new StepAnswer("", Mood: 2));
        await SaveAsync(alice, newest, ReflectionStep.Feedback, new StepAnswer("Asked the recruiter."));
        await SaveAsync(alice, newest, ReflectionStep.Priorities, new StepAnswer("   "));
        await SaveAsync(alice, newest, ReflectionStep.WrapUp, new StepAnswer("", Mood: 4, Takeaway: "One interview is not a verdict."));

        var list = await service.ListAsync(alice);

        Assert.Equal([newest, middle, older, undated], list.Select(r => r.Id));
        var first = list[0];
        Assert.Equal("Newest", first.Company);
        Assert.Equal("Backend Engineer", first.RoleTitle);
        Assert.Equal(new DateOnly(2026, 3, 2), first.DecidedOn);
        Assert.Equal(3, first.StepsDone);
        Assert.Equal(StepGuide.All.Count, first.StepCount);
        Assert.Equal(2, first.MoodBefore);
        Assert.Equal(4, first.MoodAfter);
        Assert.All(list.Skip(1), r => Assert.Equal((0, null, null), (r.StepsDone, r.MoodBefore, r.MoodAfter)));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\n\t \r\n")]
    [InlineData("\u00A0\u2003\u3000")]
    public async Task ListAndDetailAgreeThatAWhitespaceOnlyEntryIsNotDone(string text)
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer(text));

        var summary = Assert.Single(await service.ListAsync(alice));
        var detail = await service.GetAsync(alice, id);

        Assert.Equal(0, detail!.StepsDone);
        Assert.Equal(detail.StepsDone, summary.StepsDone);
    }

    [Fact]
    public async Task ListTakesOnlyTheNewest()
    {
        await CreateAsync(alice, "Older", decidedOn: new DateOnly(2026, 1, 5));
        await CreateAsync(alice, "Newest", decidedOn: new DateOnly(2026, 3, 2));
        await CreateAsync(alice, "Middle", decidedOn: new DateOnly(2026, 2, 20));

        var list = await service.ListAsync(alice, take: 2);

        Assert.Equal(["Newest", "Middle"], list.Select(r => r.Company));
    }

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public async Task EveryFieldOfEveryToolSurvivesASaveAndALoad(ReflectionStep step)
    {
        var id = await CreateAsync(alice, "Contoso");
        var data = SampleTools.Filled(step);
        var expected = data.ToJson();
        Assert.NotNull(expected);

        var result = await service.SaveStepAsync(alice, id, step, new StepAnswer("Notes beside the tool.", Data: data), expectedVersion: 0);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal(step, entry.Step);
        Assert.Equal("Notes beside the tool.", entry.Text);
        Assert.Equal(expected, entry.Data);
        var loaded = entry.ToAnswer().Data;
        Assert.NotNull(loaded);
        Assert.IsType(data.GetType(), loaded);
        Assert.Equal(expected, loaded.ToJson());
    }

    [Fact]
    public async Task AnEmptyToolStoresNoData()
    {
        var id = await CreateAsync(alice, "Contoso");

        await SaveAsync(alice, id, ReflectionStep.RoleFit, new StepAnswer("Text only.", Data: new RoleFitData { VerdictWhy = "  " }));

        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Null(entry.Data);
        Assert.True(entry.ToAnswer().Data!.IsEmpty);
    }

    [Fact]
    public async Task SavingTheToolAgainReplacesItsData()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", Data: SampleTools.WrapUp()));
        var changed = SampleTools.WrapUp();
        changed.OtherGroups.RemoveAt(0);

        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", Data: changed));

        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal(changed.ToJson(), entry.Data);
        Assert.Equal(["Site reliability"], entry.ReadData<WrapUpData>().OtherGroups.Select(g => g.Text));
        Assert.Equal(2, entry.Version);
    }

    [Theory]
    [InlineData(FeedbackData.PeopleList, "people")]
    [InlineData(FeedbackData.ReceivedList, "pieces of feedback")]
    [InlineData(PrioritiesData.ChangesList, "changes")]
    [InlineData(ExperienceData.ActionsList, "actions")]
    [InlineData(RoleFitData.AppealedList, "things")]
    [InlineData(RoleFitData.DidNotAppealList, "things")]
    [InlineData(RoleFitData.LevelsList, "level comparisons")]
    [InlineData(RoleFitData.VariationsList, "variations")]
    [InlineData(WrapUpData.OtherGroupsList, "groups")]
    public async Task AListOfFiftyOneItemsIsInvalidAndTheSavedToolStays(string list, string noun)
    {
        var id = await CreateAsync(alice, "Contoso");
        var saved = WithItems(list, StepData.MaxItems);
        await SaveAsync(alice, id, saved.Step, new StepAnswer("", Data: saved));

        var result = await service.SaveStepAsync(alice, id, saved.Step, new StepAnswer("", Data: WithItems(list, StepData.MaxItems + 1)), expectedVersion: 1);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal($"You can keep up to 50 {noun} here; there are 51. Remove one to save again.", result.Errors[list]);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal(saved.ToJson(), entry.Data);
        Assert.Equal(1, entry.Version);
    }

    [Theory]
    [InlineData(ReflectionStep.Feedback, FeedbackData.PeopleList, nameof(FeedbackContact.Name))]
    [InlineData(ReflectionStep.Feedback, FeedbackData.ReceivedList, nameof(FeedbackItem.Said))]
    [InlineData(ReflectionStep.Feedback, FeedbackData.ReceivedList, nameof(FeedbackItem.From))]
    [InlineData(ReflectionStep.Priorities, PrioritiesData.ChangesList, nameof(CandidateChange.Title))]
    [InlineData(ReflectionStep.Experience, ExperienceData.ActionsList, nameof(GrowthAction.What))]
    [InlineData(ReflectionStep.Experience, ExperienceData.ActionsList, nameof(GrowthAction.WhoToTalkTo))]
    [InlineData(ReflectionStep.Experience, ExperienceData.ActionsList, nameof(GrowthAction.Notes))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.AppealedList, nameof(TextItem.Text))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.DidNotAppealList, nameof(TextItem.Text))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.LevelsList, nameof(LevelComparison.Company))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.LevelsList, nameof(LevelComparison.Title))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.LevelsList, nameof(LevelComparison.Scope))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.LevelsList, nameof(LevelComparison.YourRead))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.VariationsList, nameof(RoleVariation.Company))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.VariationsList, nameof(RoleVariation.TeamOrRole))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.VerdictWhyField, nameof(RoleFitData.VerdictWhy))]
    [InlineData(ReflectionStep.RoleFit, RoleFitData.WantVsFitField, nameof(RoleFitData.WantVsFit))]
    [InlineData(ReflectionStep.WrapUp, WrapUpData.OtherGroupsList, nameof(TextItem.Text))]
    public async Task TextOfMoreThanTwoThousandCharactersIsInvalidUnderItsFieldsKeyAndTheSavedToolStays(ReflectionStep step, string list, string field)
    {
        var id = await CreateAsync(alice, "Contoso");
        var saved = SampleTools.Filled(step);
        await SaveAsync(alice, id, step, new StepAnswer("", Data: saved));
        var tooLong = SampleTools.Filled(step);
        var key = SetText(tooLong, list, field, SampleText.Long(StepData.MaxTextLength + 1));

        var result = await service.SaveStepAsync(alice, id, step, new StepAnswer("", Data: tooLong), expectedVersion: 1);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        var (errorKey, message) = Assert.Single(result.Errors);
        Assert.Equal(key, errorKey);
        Assert.EndsWith(" can be at most 2,000 characters; it has 2,001. Shorten it to save again.", message, StringComparison.Ordinal);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal(saved.ToJson(), entry.Data);
        Assert.Equal(1, entry.Version);
    }

    [Fact]
    public async Task FiftyItemsOfTwoThousandCharactersAreSaved()
    {
        var id = await CreateAsync(alice, "Contoso");
        var data = new WrapUpData { OtherGroups = [.. Enumerable.Range(0, StepData.MaxItems).Select(_ => new TextItem { Text = SampleText.Long(StepData.MaxTextLength) })] };

        var result = await service.SaveStepAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", Data: data), expectedVersion: 0);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal(data.ToJson(), entry.Data);
    }

    [Fact]
    public async Task ToolDataOfAnotherStepIsInvalid()
    {
        var id = await CreateAsync(alice, "Contoso");

        var result = await service.SaveStepAsync(alice, id, ReflectionStep.Priorities, new StepAnswer("", Data: SampleTools.Feedback()), expectedVersion: 0);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal("These details belong to another step.", result.Errors[nameof(StepAnswer.Data)]);
        Assert.Empty((await service.GetAsync(alice, id))!.Entries);
    }

    [Fact]
    public async Task OtherUsersCannotReadOrOverwriteToolData()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("", Data: SampleTools.Feedback()));

        var overwritten = await service.SaveStepAsync(bob, id, ReflectionStep.Feedback, new StepAnswer("", Data: new FeedbackData()), expectedVersion: 1);

        Assert.Null(await service.GetAsync(bob, id));
        Assert.Empty(await service.ListAsync(bob));
        Assert.Equal(SaveStatus.NotFound, overwritten.Status);
        var entry = Assert.Single((await service.GetAsync(alice, id))!.Entries);
        Assert.Equal(SampleTools.Feedback().ToJson(), entry.Data);
        Assert.Equal(1, entry.Version);
    }

    [Theory]
    [InlineData(ReflectionStep.Feedback)]
    [InlineData(ReflectionStep.Priorities)]
    [InlineData(ReflectionStep.Experience)]
    [InlineData(ReflectionStep.RoleFit)]
    public async Task AMiddleStepWithOnlyToolDataCountsAsDoneInTheListAndTheDetail(ReflectionStep step)
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, step, new StepAnswer("", Data: SampleTools.Filled(step)));

        var summary = Assert.Single(await service.ListAsync(alice));
        var detail = await service.GetAsync(alice, id);

        Assert.Equal(1, summary.StepsDone);
        Assert.Equal(1, detail!.StepsDone);
    }

    [Fact]
    public async Task AWrapUpWithOnlyToolDataAndAnEmptyToolAreNotDone()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", Data: SampleTools.WrapUp()));
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("", Data: new FeedbackData()));

        var summary = Assert.Single(await service.ListAsync(alice));

        Assert.Equal(0, summary.StepsDone);
        Assert.Equal(0, (await service.GetAsync(alice, id))!.StepsDone);
    }

    public static TheoryData<ReflectionStep> StepsWithTools() => SampleTools.StepsWithTools();

    private static StepData WithItems(string list, int count)
    {
        IEnumerable<int> items = Enumerable.Range(1, count);
        return list switch
        {
            FeedbackData.PeopleList => new FeedbackData { People = [.. items.Select(i => new FeedbackContact { Name = $"Person {i}" })] },
            FeedbackData.ReceivedList => new FeedbackData { Received = [.. items.Select(i => new FeedbackItem { Said = $"Said {i}" })] },
            PrioritiesData.ChangesList => new PrioritiesData { Changes = [.. items.Select(i => new CandidateChange { Title = $"Change {i}" })] },
            ExperienceData.ActionsList => new ExperienceData { Actions = [.. items.Select(i => new GrowthAction { What = $"Action {i}" })] },
            RoleFitData.AppealedList => new RoleFitData { Appealed = [.. items.Select(i => new TextItem { Text = $"Liked {i}" })] },
            RoleFitData.DidNotAppealList => new RoleFitData { DidNotAppeal = [.. items.Select(i => new TextItem { Text = $"Disliked {i}" })] },
            RoleFitData.LevelsList => new RoleFitData { Levels = [.. items.Select(i => new LevelComparison { Company = $"Company {i}" })] },
            RoleFitData.VariationsList => new RoleFitData { Variations = [.. items.Select(i => new RoleVariation { Company = $"Company {i}" })] },
            WrapUpData.OtherGroupsList => new WrapUpData { OtherGroups = [.. items.Select(i => new TextItem { Text = $"Group {i}" })] },
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Not a tool list."),
        };
    }

    /// <summary>Puts <paramref name="text"/> in one field of a filled tool (of its list's first item) and returns the key its error is reported under.</summary>
    private static string SetText(StepData data, string list, string field, string text)
    {
        IReadOnlyList<ToolItem>? items = (data, list) switch
        {
            (FeedbackData d, FeedbackData.PeopleList) => d.People,
            (FeedbackData d, FeedbackData.ReceivedList) => d.Received,
            (PrioritiesData d, _) => d.Changes,
            (ExperienceData d, _) => d.Actions,
            (RoleFitData d, RoleFitData.AppealedList) => d.Appealed,
            (RoleFitData d, RoleFitData.DidNotAppealList) => d.DidNotAppeal,
            (RoleFitData d, RoleFitData.LevelsList) => d.Levels,
            (RoleFitData d, RoleFitData.VariationsList) => d.Variations,
            (WrapUpData d, _) => d.OtherGroups,
            _ => null,
        };
        object target = items is null ? data : items[0];
        target.GetType().GetProperty(field)!.SetValue(target, text);
        return items is null ? list : ToolErrors.Key(list, items[0].Id, field);
    }

    private static RejectionDetails Details(string company, string roleTitle = "Backend Engineer", DateOnly? decidedOn = null) => new()
    {
        Company = company,
        RoleTitle = roleTitle,
        DecidedOn = decidedOn,
    };

    private Task<int> CreateAsync(string userId, string company) => CreateAsync(userId, company, new DateOnly(2026, 3, 1));

    private async Task<int> CreateAsync(string userId, string company, DateOnly? decidedOn)
    {
        var result = await service.CreateAsync(userId, Details(company, decidedOn: decidedOn));
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private async Task SaveAsync(string userId, int rejectionId, ReflectionStep step, StepAnswer answer)
    {
        var current = (await service.GetAsync(userId, rejectionId))?.EntryFor(step)?.Version ?? 0;
        var result = await service.SaveStepAsync(userId, rejectionId, step, answer, current);
        Assert.Equal(SaveStatus.Saved, result.Status);
    }
}
