using Rejected.Core.Reflections;
using Rejected.Web.Journal;

namespace Rejected.Web.Tests.Journal;

// Coming back to a reflection: the revisit date, the list of what is due, and dated revisit notes.
public sealed partial class ReflectionServiceTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public async Task AReflectionIsDueOnceItsRevisitDateHasCome()
    {
        var past = await CreateWithAsync(alice, "Past", decidedOn: new DateOnly(2026, 1, 1));
        await SaveAsync(alice, past, ReflectionStep.WrapUp, new StepAnswer("", Takeaway: "Later.", RevisitOn: Today.AddDays(-5)));
        var today = await CreateWithAsync(alice, "Today");
        await SaveAsync(alice, today, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today));
        var future = await CreateWithAsync(alice, "Future");
        await SaveAsync(alice, future, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today.AddDays(1)));
        var none = await CreateWithAsync(alice, "None");
        await SaveAsync(alice, none, ReflectionStep.WrapUp, new StepAnswer("", Takeaway: "No date."));

        var due = await service.DueForRevisitAsync(alice, Today);

        Assert.Equal([past, today], due.Select(d => d.Id));
        Assert.Equal(new DueRevisit(past, "Past", "Backend Engineer", Today.AddDays(-5)), due[0]);
    }

    [Fact]
    public async Task DueRevisitsComeOldestDateFirst()
    {
        var later = await CreateWithAsync(alice, "Later");
        await SaveAsync(alice, later, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today.AddDays(-1)));
        var earlier = await CreateWithAsync(alice, "Earlier");
        await SaveAsync(alice, earlier, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today.AddDays(-10)));

        var due = await service.DueForRevisitAsync(alice, Today);

        Assert.Equal([earlier, later], due.Select(d => d.Id));
    }

    [Fact]
    public async Task ANoteWrittenOnTheRevisitDateMeansItIsNoLongerDue()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today));

        await service.SaveRevisitAsync(alice, id, null, "Looked back today.", 0);

        Assert.Empty(await service.DueForRevisitAsync(alice, Today));
        Assert.Empty(await service.DueForRevisitAsync(alice, Today.AddDays(30)));
    }

    [Fact]
    public async Task ANoteWrittenAfterTheRevisitDateMeansItIsNoLongerDue()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today.AddDays(-3)));

        await service.SaveRevisitAsync(alice, id, null, "A little late.", 0);

        Assert.Empty(await service.DueForRevisitAsync(alice, Today));
    }

    [Fact]
    public async Task ANoteWrittenBeforeTheRevisitDateDoesNotCountForIt()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await service.SaveRevisitAsync(alice, id, null, "An early look.", 0);
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today.AddDays(7)));

        Assert.Empty(await service.DueForRevisitAsync(alice, Today));
        Assert.Equal([id], (await service.DueForRevisitAsync(alice, Today.AddDays(7))).Select(d => d.Id));
    }

    [Fact]
    public async Task AnotherUsersDueRevisitsAreNotListed()
    {
        var bobs = await CreateWithAsync(bob, "Bob's Employer");
        await SaveAsync(bob, bobs, ReflectionStep.WrapUp, new StepAnswer("", RevisitOn: Today.AddDays(-1)));

        Assert.Empty(await service.DueForRevisitAsync(alice, Today));
        Assert.Single(await service.DueForRevisitAsync(bob, Today));
    }

    [Fact]
    public async Task AFirstRevisitNoteIsCreatedAtVersionOne()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        clock.Advance(TimeSpan.FromDays(40));

        var (result, entryId) = await service.SaveRevisitAsync(alice, id, null, "Things have changed.", 0);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(1, result.Version);
        Assert.Equal(Now.AddDays(40), result.SavedAt);
        var rejection = await service.GetAsync(alice, id);
        var note = Assert.Single(rejection!.Revisits);
        Assert.Equal(entryId, note.Id);
        Assert.Equal("Things have changed.", note.Text);
        Assert.Equal(ReflectionStep.Revisit, note.Step);
        Assert.Equal(Now.AddDays(40), note.CreatedAt);
        Assert.Equal(Now.AddDays(40), rejection.UpdatedAt);
    }

    [Fact]
    public async Task EveryNewNoteIsItsOwnDatedEntry()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        var (_, first) = await service.SaveRevisitAsync(alice, id, null, "First look.", 0);
        clock.Advance(TimeSpan.FromDays(90));

        var (_, second) = await service.SaveRevisitAsync(alice, id, null, "Second look.", 0);

        var notes = (await service.GetAsync(alice, id))!.Revisits.ToList();
        Assert.Equal([first!.Value, second!.Value], notes.Select(n => n.Id));
        Assert.Equal(["First look.", "Second look."], notes.Select(n => n.Text));
    }

    [Fact]
    public async Task ANoteUpdatedWithItsCurrentVersionMovesOn()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        var (_, entryId) = await service.SaveRevisitAsync(alice, id, null, "Draft.", 0);

        var (result, sameId) = await service.SaveRevisitAsync(alice, id, entryId, "Final words.", 1);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(2, result.Version);
        Assert.Equal(entryId, sameId);
        var note = Assert.Single((await service.GetAsync(alice, id))!.Revisits);
        Assert.Equal("Final words.", note.Text);
        Assert.Equal(2, note.Version);
    }

    [Fact]
    public async Task ANoteUpdatedWithAStaleVersionIsAConflictAndKeepsTheSavedText()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        var (_, entryId) = await service.SaveRevisitAsync(alice, id, null, "Draft.", 0);
        await service.SaveRevisitAsync(alice, id, entryId, "From another tab.", 1);

        var (result, sameId) = await service.SaveRevisitAsync(alice, id, entryId, "Stale edit.", 1);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Equal(2, result.Version);
        Assert.Equal(entryId, sameId);
        Assert.Equal("From another tab.", Assert.Single((await service.GetAsync(alice, id))!.Revisits).Text);
    }

    [Fact]
    public async Task ANoteOnAnotherUsersRejectionIsNotFound()
    {
        var bobs = await CreateWithAsync(bob, "Bob's Employer");

        var (result, entryId) = await service.SaveRevisitAsync(alice, bobs, null, "Sneaky.", 0);

        Assert.Equal(SaveStatus.NotFound, result.Status);
        Assert.Null(entryId);
        Assert.Empty((await service.GetAsync(bob, bobs))!.Entries);
    }

    [Fact]
    public async Task UpdatingAnotherUsersNoteIsNotFound()
    {
        var bobs = await CreateWithAsync(bob, "Bob's Employer");
        var (_, bobsNote) = await service.SaveRevisitAsync(bob, bobs, null, "Bob's note.", 0);
        var mine = await CreateWithAsync(alice, "Contoso");

        var (result, _) = await service.SaveRevisitAsync(alice, mine, bobsNote, "Overwritten?", 1);

        Assert.Equal(SaveStatus.NotFound, result.Status);
        Assert.Equal("Bob's note.", Assert.Single((await service.GetAsync(bob, bobs))!.Revisits).Text);
    }

    [Fact]
    public async Task AStepEntryCannotBeUpdatedAsANote()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.Feedback, new StepAnswer("Feedback text."));
        var feedbackId = (await service.GetAsync(alice, id))!.EntryFor(ReflectionStep.Feedback)!.Id;

        var (result, _) = await service.SaveRevisitAsync(alice, id, feedbackId, "Replaced?", 1);

        Assert.Equal(SaveStatus.NotFound, result.Status);
        Assert.Equal("Feedback text.", (await service.GetAsync(alice, id))!.EntryFor(ReflectionStep.Feedback)!.Text);
    }

    [Fact]
    public async Task ANoteOverTheLengthLimitIsInvalidAndNothingIsSaved()
    {
        var id = await CreateWithAsync(alice, "Contoso");

        var (result, entryId) = await service.SaveRevisitAsync(alice, id, null, new string('x', StepAnswer.MaxTextLength + 1), 0);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Null(entryId);
        Assert.Contains(nameof(StepAnswer.Text), result.Errors.Keys);
        Assert.Empty((await service.GetAsync(alice, id))!.Revisits);
    }

    [Fact]
    public async Task SettingTheRevisitDateCreatesTheWrapUpWhenThereIsNone()
    {
        var id = await CreateWithAsync(alice, "Contoso");

        Assert.True(await service.SetRevisitDateAsync(alice, id, new DateOnly(2026, 6, 1)));

        var rejection = await service.GetAsync(alice, id);
        Assert.Equal(new DateOnly(2026, 6, 1), rejection!.RevisitOn);
        var wrapUp = rejection.EntryFor(ReflectionStep.WrapUp);
        Assert.Equal(1, wrapUp?.Version);
        Assert.Equal((0, null), await ProgressAsync(id));
    }

    [Fact]
    public async Task SettingTheRevisitDateKeepsTheRestOfTheWrapUp()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await SaveAsync(alice, id, ReflectionStep.WrapUp, new StepAnswer("Closing.", Mood: 4, Takeaway: "Keep going.", RevisitOn: new DateOnly(2026, 4, 1)));

        Assert.True(await service.SetRevisitDateAsync(alice, id, new DateOnly(2026, 9, 1)));

        var wrapUp = (await service.GetAsync(alice, id))!.EntryFor(ReflectionStep.WrapUp)!;
        Assert.Equal(new DateOnly(2026, 9, 1), wrapUp.RevisitOn);
        Assert.Equal(("Closing.", 4, "Keep going.", 2), (wrapUp.Text, wrapUp.Mood, wrapUp.Takeaway, wrapUp.Version));
    }

    [Fact]
    public async Task ClearingTheRevisitDateMeansNothingIsDue()
    {
        var id = await CreateWithAsync(alice, "Contoso");
        await service.SetRevisitDateAsync(alice, id, Today.AddDays(-1));
        Assert.Single(await service.DueForRevisitAsync(alice, Today));

        Assert.True(await service.SetRevisitDateAsync(alice, id, null));

        Assert.Null((await service.GetAsync(alice, id))!.RevisitOn);
        Assert.Empty(await service.DueForRevisitAsync(alice, Today));
    }

    [Fact]
    public async Task SettingTheRevisitDateOfAnotherUsersRejectionFails()
    {
        var bobs = await CreateWithAsync(bob, "Bob's Employer");

        Assert.False(await service.SetRevisitDateAsync(alice, bobs, new DateOnly(2026, 6, 1)));

        Assert.Null((await service.GetAsync(bob, bobs))!.RevisitOn);
    }
}
