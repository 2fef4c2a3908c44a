using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Journal;

namespace Rejected.Web.Tests.Journal;

// The journal list's filters, order and paging, its filter options, and the progress kept on the rejection row.
public sealed partial class ReflectionServiceTests
{
    [Fact]
    public async Task TheStageFilterKeepsOnlyThatStage()
    {
        var final = await CreateWithAsync(alice, "Final", stage: InterviewStage.FinalLoop);
        await CreateWithAsync(alice, "Screen", stage: InterviewStage.RecruiterScreen);
        await CreateWithAsync(alice, "Unknown");

        var results = await service.ListAsync(alice, new JournalQuery { Stage = InterviewStage.FinalLoop });

        Assert.Equal([final], results.Items.Select(r => r.Id));
        Assert.Equal(1, results.Total);
        Assert.Equal(InterviewStage.FinalLoop, results.Items[0].Stage);
    }

    [Fact]
    public async Task TheTagFilterKeepsRejectionsWithThatTag()
    {
        var both = await CreateWithAsync(alice, "Both", tags: "backend, remote");
        var backend = await CreateWithAsync(alice, "Backend", tags: "backend");
        await CreateWithAsync(alice, "Remote", tags: "remote");
        await CreateWithAsync(alice, "None");

        var results = await service.ListAsync(alice, new JournalQuery { Tag = " backend " });

        Assert.Equal([both, backend], results.Items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task TheTagFilterIgnoresCaseAsTheTagOptionsDo()
    {
        var upper = await CreateWithAsync(alice, "Upper", tags: "Backend");
        var lower = await CreateWithAsync(alice, "Lower", tags: "backend");
        await CreateWithAsync(alice, "Other", tags: "backends");

        var option = Assert.Single((await service.GetFilterOptionsAsync(alice)).Tags, t => string.Equals(t, "backend", StringComparison.OrdinalIgnoreCase));
        var results = await service.ListAsync(alice, new JournalQuery { Tag = option });

        Assert.Equal([upper, lower], results.Items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task TheCompanyFilterKeepsThatCompanyOnly()
    {
        var first = await CreateWithAsync(alice, "Contoso");
        var second = await CreateWithAsync(alice, "Contoso");
        await CreateWithAsync(alice, "Contoso Labs");
        await CreateWithAsync(alice, "Fabrikam");

        var results = await service.ListAsync(alice, new JournalQuery { Company = "  Contoso " });

        Assert.Equal([first, second], results.Items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task TheCompanyFilterIgnoresCase()
    {
        var upper = await CreateWithAsync(alice, "Contoso");
        var lower = await CreateWithAsync(alice, "contoso");
        await CreateWithAsync(alice, "Fabrikam");

        var results = await service.ListAsync(alice, new JournalQuery { Company = "CONTOSO" });

        Assert.Equal([upper, lower], results.Items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task FromAndToIncludeTheirOwnDaysAndLeaveOutUndatedRejections()
    {
        await CreateWithAsync(alice, "Before", decidedOn: new DateOnly(2026, 1, 31));
        var first = await CreateWithAsync(alice, "First", decidedOn: new DateOnly(2026, 2, 1));
        var last = await CreateWithAsync(alice, "Last", decidedOn: new DateOnly(2026, 2, 28));
        await CreateWithAsync(alice, "After", decidedOn: new DateOnly(2026, 3, 1));
        await CreateWithAsync(alice, "Undated");

        var results = await service.ListAsync(alice, new JournalQuery { From = new DateOnly(2026, 2, 1), To = new DateOnly(2026, 2, 28) });

        Assert.Equal([last, first], results.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task FromAloneKeepsEverythingSinceThatDay()
    {
        await CreateWithAsync(alice, "Before", decidedOn: new DateOnly(2026, 1, 31));
        var since = await CreateWithAsync(alice, "Since", decidedOn: new DateOnly(2026, 3, 1));
        await CreateWithAsync(alice, "Undated");

        var results = await service.ListAsync(alice, new JournalQuery { From = new DateOnly(2026, 2, 1) });

        Assert.Equal([since], results.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task ToAloneKeepsEverythingUntilThatDay()
    {
        var before = await CreateWithAsync(alice, "Before", decidedOn: new DateOnly(2026, 1, 31));
        await CreateWithAsync(alice, "Since", decidedOn: new DateOnly(2026, 3, 1));
        await CreateWithAsync(alice, "Undated");

        var results = await service.ListAsync(alice, new JournalQuery { To = new DateOnly(2026, 2, 1) });

        Assert.Equal([before], results.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task AStartAfterTheEndMatchesNothing()
    {
        await CreateWithAsync(alice, "Contoso", decidedOn: new DateOnly(2026, 2, 10));

        var results = await service.ListAsync(alice, new JournalQuery { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 2, 1) });

        Assert.Empty(results.Items);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public async Task TheFinishedFilterUsesTheStepsCompleted()
    {
        var finished = await CreateWithAsync(alice, "Finished");
        await CompleteEveryStepAsync(alice, finished);
        var almost = await CreateWithAsync(alice, "Almost");
        await CompleteEveryStepAsync(alice, almost, except: ReflectionStep.WrapUp);
        var fresh = await CreateWithAsync(alice, "Fresh");

        var done = await service.ListAsync(alice, new JournalQuery { Finished = true });
        var open = await service.ListAsync(alice, new JournalQuery { Finished = false });
        var all = await service.ListAsync(alice, new JournalQuery { Finished = null });

        Assert.Equal([finished], done.Items.Select(r => r.Id));
        Assert.Equal(6, done.Items[0].StepsDone);
        Assert.Equal([almost, fresh], open.Items.Select(r => r.Id).Order());
        Assert.Equal(3, all.Total);
    }

    [Fact]
    public async Task FiltersCombineSoEveryOneMustMatch()
    {
        var match = await CreateWithAsync(alice, "Contoso", InterviewStage.FinalLoop, "backend", new DateOnly(2026, 2, 10));
        await CompleteEveryStepAsync(alice, match);
        var unfinished = await CreateWithAsync(alice, "Contoso", InterviewStage.FinalLoop, "backend", new DateOnly(2026, 2, 11));
        await CreateWithAsync(alice, "Contoso", InterviewStage.TakeHome, "backend", new DateOnly(2026, 2, 12));
        await CreateWithAsync(alice, "Contoso", InterviewStage.FinalLoop, "frontend", new DateOnly(2026, 2, 13));
        await CreateWithAsync(alice, "Fabrikam", InterviewStage.FinalLoop, "backend", new DateOnly(2026, 2, 14));
        await CreateWithAsync(alice, "Contoso", InterviewStage.FinalLoop, "backend", new DateOnly(2026, 3, 14));

        var query = new JournalQuery
        {
            Stage = InterviewStage.FinalLoop,
            Tag = "backend",
            Company = "Contoso",
            From = new DateOnly(2026, 2, 1),
            To = new DateOnly(2026, 2, 28),
        };
        var any = await service.ListAsync(alice, query);
        var finished = await service.ListAsync(alice, query with { Finished = true });

        Assert.Equal([unfinished, match], any.Items.Select(r => r.Id));
        Assert.Equal([match], finished.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task FiltersNeverReachAnotherUsersRejections()
    {
        await CreateWithAsync(bob, "Contoso", InterviewStage.FinalLoop, "backend", new DateOnly(2026, 2, 10));

        var results = await service.ListAsync(alice, new JournalQuery { Stage = InterviewStage.FinalLoop, Tag = "backend", Company = "Contoso" });

        Assert.Empty(results.Items);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public async Task NewestFirstPutsUndatedRejectionsLast()
    {
        var undated = await CreateWithAsync(alice, "Undated");
        var january = await CreateWithAsync(alice, "January", decidedOn: new DateOnly(2026, 1, 10));
        var march = await CreateWithAsync(alice, "March", decidedOn: new DateOnly(2026, 3, 10));
        var sameDay = await CreateWithAsync(alice, "Same day", decidedOn: new DateOnly(2026, 3, 10));

        var results = await service.ListAsync(alice, new JournalQuery { Sort = JournalSort.Newest });

        Assert.Equal([sameDay, march, january, undated], results.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task OldestFirstAlsoPutsUndatedRejectionsLast()
    {
        var undated = await CreateWithAsync(alice, "Undated");
        var march = await CreateWithAsync(alice, "March", decidedOn: new DateOnly(2026, 3, 10));
        var january = await CreateWithAsync(alice, "January", decidedOn: new DateOnly(2026, 1, 10));
        var sameDay = await CreateWithAsync(alice, "Same day", decidedOn: new DateOnly(2026, 1, 10));

        var results = await service.ListAsync(alice, new JournalQuery { Sort = JournalSort.Oldest });

        Assert.Equal([january, sameDay, march, undated], results.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task SortingByCompanyGoesAlphabeticallyThenNewestFirst()
    {
        var fabrikam = await CreateWithAsync(alice, "Fabrikam", decidedOn: new DateOnly(2026, 1, 1));
        var contosoOld = await CreateWithAsync(alice, "Contoso", decidedOn: new DateOnly(2026, 1, 5));
        var northwind = await CreateWithAsync(alice, "Northwind", decidedOn: new DateOnly(2026, 3, 1));
        var contosoNew = await CreateWithAsync(alice, "Contoso", decidedOn: new DateOnly(2026, 2, 5));

        var results = await service.ListAsync(alice, new JournalQuery { Sort = JournalSort.Company });

        Assert.Equal([contosoNew, contosoOld, fabrikam, northwind], results.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task SortingByCompanyIgnoresCase()
    {
        var zeta = await CreateWithAsync(alice, "Zeta");
        var acme = await CreateWithAsync(alice, "acme");
        var beta = await CreateWithAsync(alice, "Beta");

        var results = await service.ListAsync(alice, new JournalQuery { Sort = JournalSort.Company });

        Assert.Equal([acme, beta, zeta], results.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task PagesSplitTheListAndKeepTheTotal()
    {
        var ids = new List<int>();
        for (var day = 1; day <= 5; day++)
        {
            ids.Add(await CreateWithAsync(alice, $"Company {day}", decidedOn: new DateOnly(2026, 1, day)));
        }

        var newestFirst = ids.AsEnumerable().Reverse().ToList();
        var first = await service.ListAsync(alice, new JournalQuery { PageSize = 2, Page = 1 });
        var second = await service.ListAsync(alice, new JournalQuery { PageSize = 2, Page = 2 });
        var last = await service.ListAsync(alice, new JournalQuery { PageSize = 2, Page = 3 });
        var beyond = await service.ListAsync(alice, new JournalQuery { PageSize = 2, Page = 4 });

        Assert.Equal(newestFirst[..2], first.Items.Select(r => r.Id));
        Assert.Equal(newestFirst[2..4], second.Items.Select(r => r.Id));
        Assert.Equal(newestFirst[4..], last.Items.Select(r => r.Id));
        Assert.Empty(beyond.Items);
        Assert.All(new[] { first, second, last, beyond }, r => Assert.Equal((5, 3, 2), (r.Total, r.PageCount, r.PageSize)));
        Assert.Equal(3, last.Page);
    }

    [Fact]
    public async Task TheTotalAndPagesCountOnlyWhatTheFiltersKeep()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateWithAsync(alice, "Contoso", decidedOn: new DateOnly(2026, 1, i + 1));
        }

        await CreateWithAsync(alice, "Fabrikam");

        var results = await service.ListAsync(alice, new JournalQuery { Company = "Contoso", PageSize = 4, Page = 2 });

        Assert.Equal(5, results.Total);
        Assert.Equal(2, results.PageCount);
        Assert.Single(results.Items);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    public async Task APageBelowOneIsTheFirstPage(int page, int expected)
    {
        await CreateWithAsync(alice, "Contoso");

        var results = await service.ListAsync(alice, new JournalQuery { Page = page });

        Assert.Equal(expected, results.Page);
        Assert.Single(results.Items);
    }

    [Fact]
    public async Task APageFarBeyondTheEndIsEmpty()
    {
        await CreateWithAsync(alice, "Contoso");

        var results = await service.ListAsync(alice, new JournalQuery { Page = int.MaxValue });

        Assert.Empty(results.Items);
        Assert.Equal(1, results.Total);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1_000, JournalQuery.MaxPageSize)]
    public async Task ThePageSizeIsKeptWithinBounds(int pageSize, int expected)
    {
        await CreateWithAsync(alice, "Contoso");
        await CreateWithAsync(alice, "Fabrikam");

        var results = await service.ListAsync(alice, new JournalQuery { PageSize = pageSize });

        Assert.Equal(expected, results.PageSize);
        Assert.Equal(Math.Min(expected, 2), results.Items.Count);
    }

    [Fact]
    public async Task AnEmptyJournalHasOnePageOfNothing()
    {
        var results = await service.ListAsync(alice, new JournalQuery());

        Assert.Empty(results.Items);
        Assert.Equal((0, 1, 1), (results.Total, results.Page, results.PageCount));
    }

    [Fact]
    public async Task AnUndatedRejectionIsGroupedByTheDayItWasRecorded()
    {
        var undated = await CreateWithAsync(alice, "Undated");
        await CreateWithAsync(alice, "Dated", decidedOn: new DateOnly(2026, 1, 10));

        var items = (await service.ListAsync(alice, new JournalQuery())).Items;

        Assert.Equal(DateOnly.FromDateTime(Now.UtcDateTime), items.Single(i => i.Id == undated).Date);
        Assert.Equal(new DateOnly(2026, 1, 10), items.Single(i => i.Id != undated).Date);
    }

    [Fact]
    public async Task FilterOptionsListEachCompanyOnceInOrder()
    {
        await CreateWithAsync(alice, "Northwind");
        await CreateWithAsync(alice, "Contoso");
        await CreateWithAsync(alice, "Contoso");
        await CreateWithAsync(alice, "Fabrikam");
        await CreateWithAsync(bob, "Bob's Employer");

        var options = await service.GetFilterOptionsAsync(alice);

        Assert.Equal(["Contoso", "Fabrikam", "Northwind"], options.Companies);
    }

    [Fact]
    public async Task FilterOptionsListEachCompanyOnceWhateverItsCase()
    {
        await CreateWithAsync(alice, "contoso");
        await CreateWithAsync(alice, "Contoso");
        await CreateWithAsync(alice, "beta");

        var options = await service.GetFilterOptionsAsync(alice);

        Assert.Equal(2, options.Companies.Count);
        Assert.Equal("beta", options.Companies[0]);
        Assert.Equal("contoso", options.Companies[1], ignoreCase: true);
    }

    [Fact]
    public async Task FilterOptionsListEachTagOnceWhateverItsCase()
    {
        await CreateWithAsync(alice, "Contoso", tags: "Remote, backend");
        await CreateWithAsync(alice, "Fabrikam", tags: "remote, Cloud");
        await CreateWithAsync(alice, "Northwind", tags: "BACKEND");
        await CreateWithAsync(bob, "Bob's Employer", tags: "secret-tag");

        var options = await service.GetFilterOptionsAsync(alice);

        Assert.Equal(3, options.Tags.Count);
        Assert.Equal(["backend", "cloud", "remote"], options.Tags.Select(t => t.ToLowerInvariant()));
    }

    [Fact]
    public async Task AnEmptyJournalHasNoFilterOptions()
    {
        await CreateWithAsync(bob, "Bob's Employer", tags: "secret-tag");

        var options = await service.GetFilterOptionsAsync(alice);

        Assert.Empty(options.Companies);
        Assert.Empty(options.Tags);
    }

    [Fact]
    public async Task SavingStepsKeepsTheCountOfCompletedStepsOnTheRejection()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        Assert.Equal((0, null), await ProgressAsync(id));

        await SaveAsync(alice, id, ReflectionStep.CheckIn, new StepAnswer("", Mood: 2));
        Assert.Equal((1, null), await ProgressAsync(id));

        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("", Data: new FeedbackData { People = [new FeedbackContact { Name = "Mia" }] }));
        await SaveAsync(alice, id, ReflectionStep.Priorities, new StepAnswer(" \n "));
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("Some closing words", Mood: 4));
        Assert.Equal((2, null), await ProgressAsync(id));
    }

    [Fact]
    public async Task CompletingTheLastStepSetsWhenTheReflectionWasFinished()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await CompleteEveryStepAsync(alice, id, except: ReflectionStep.RoleFit);
        Assert.Equal((5, null), await ProgressAsync(id));
        clock.Advance(TimeSpan.FromDays(2));

        await SaveAsync(alice, id, ReflectionStep.RoleFit, new StepAnswer("It fits."));

        Assert.Equal((6, Now.AddDays(2)), await ProgressAsync(id));
    }

    [Fact]
    public async Task UndoingAStepKeepsTheFirstFinishTimeAndFinishingAgainDoesNotMoveIt()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await CompleteEveryStepAsync(alice, id);
        Assert.Equal((6, Now), await ProgressAsync(id));

        clock.Advance(TimeSpan.FromDays(1));
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer(""));
        Assert.Equal((5, Now), await ProgressAsync(id));
        Assert.Empty((await service.ListAsync(alice, new JournalQuery { Finished = true })).Items);

        clock.Advance(TimeSpan.FromDays(1));
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Back again."));
        Assert.Equal((6, Now), await ProgressAsync(id));
    }

    [Fact]
    public async Task SavingAFinishedStepAgainKeepsTheFinishTime()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await CompleteEveryStepAsync(alice, id);
        clock.Advance(TimeSpan.FromHours(3));

        await SaveAsync(alice, id, ReflectionStep.Experience, new StepAnswer("More plans."));

        Assert.Equal((6, Now), await ProgressAsync(id));
    }

    [Fact]
    public async Task RevisitNotesDoNotCountAsSteps()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await CompleteEveryStepAsync(alice, id, except: ReflectionStep.WrapUp);

        await service.SaveRevisitAsync(alice, id, null, "Looking back.", 0);
        await service.SaveRevisitAsync(alice, id, null, "Looking back again.", 0);

        Assert.Equal((5, null), await ProgressAsync(id));
    }

    [Fact]
    public async Task AFailedSaveLeavesTheProgressAsItWas()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Asked."));

        var stale = await service.SaveStepAsync(alice, id, ReflectionStep.CheckIn, new StepAnswer("", Mood: 3), expectedVersion: 4);

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal((1, null), await ProgressAsync(id));
    }

    private async Task<int> CreateWithAsync(
        string userId, string company, InterviewStage? stage = null, string? tags = null, DateOnly? decidedOn = null)
    {
        var details = Details(company, decidedOn: decidedOn);
        details.Stage = stage;
        details.Tags = tags;
        var result = await service.CreateAsync(userId, details);
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    /// <summary>Gives every guided step its key answer, so the step counts as done.</summary>
    private async Task CompleteEveryStepAsync(string userId, int id, ReflectionStep? except = null)
    {
        foreach (var guide in StepGuide.All.Where(g => g.Step != except))
        {
            var answer = guide.Step switch
            {
                ReflectionStep.CheckIn => new StepAnswer("", Mood: 2),
                ReflectionStep.WrapUp => new StepAnswer("", Mood: 4, Takeaway: "Keep going."),
                _ => new StepAnswer($"Notes on {guide.ShortTitle}."),
            };
            await SaveAsync(userId, id, guide.Step, answer);
        }
    }

    /// <summary>The progress columns as stored on the row.</summary>
    private async Task<(int CompletedSteps, DateTimeOffset? FinishedAt)> ProgressAsync(int id)
    {
        await using var db = database.CreateContext();
        var row = await db.Rejections.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id);
        return (row.CompletedSteps, row.FinishedAt);
    }
}
