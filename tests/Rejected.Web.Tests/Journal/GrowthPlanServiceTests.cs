using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

public sealed class GrowthPlanServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ReflectionService reflections;
    private readonly GrowthPlanService plan;
    private readonly string alice;
    private readonly string bob;

    public GrowthPlanServiceTests()
    {
        reflections = new ReflectionService(database.Factory, clock);
        plan = new GrowthPlanService(database.Factory, clock);
        alice = database.AddUser("alice");
        bob = database.AddUser("bob");
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ListsEveryActionWithItsReflectionAndTheTitleOfTheChangeItServes()
    {
        var id = await CreateAsync(alice, "Contoso", "Backend Engineer", new DateOnly(2026, 3, 10));
        var untitled = new CandidateChange { Title = "   " };
        await SaveAsync(alice, id, new PrioritiesData { Changes = [.. SampleTools.Priorities().Changes, untitled] });
        var linked = SampleTools.Experience().Actions[0];
        var unlinked = new GrowthAction { What = "Pair with the SRE team" };
        var toUntitled = new GrowthAction { What = "Untitled change", ChangeId = untitled.Id };
        var toRemoved = new GrowthAction { What = "Removed change", ChangeId = Guid.NewGuid() };
        await SaveAsync(alice, id, new ExperienceData { Actions = [linked, unlinked, toUntitled, toRemoved] });

        var actions = await plan.GetAsync(alice);

        Assert.Equal([linked.Id, unlinked.Id, toUntitled.Id, toRemoved.Id], actions.Select(a => a.Action.Id));
        var first = actions[0];
        Assert.Equal(id, first.RejectionId);
        Assert.Equal("Contoso", first.Company);
        Assert.Equal("Backend Engineer", first.RoleTitle);
        Assert.Equal("Practise system design", first.ChangeTitle);
        Assert.Equal(linked.What, first.Action.What);
        Assert.Equal(ActionStatus.InProgress, first.Action.Status);
        Assert.Equal(new DateOnly(2026, 5, 30), first.Action.TargetDate);
        Assert.All(actions.Skip(1), a => Assert.Null(a.ChangeTitle));
    }

    [Fact]
    public async Task BlankActionsAreLeftOut()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, new ExperienceData
        {
            Actions = [new GrowthAction(), new GrowthAction { What = " \n\t" }, new GrowthAction { What = "Real one" }],
        });

        var actions = await plan.GetAsync(alice);

        Assert.Equal(["Real one"], actions.Select(a => a.Action.What));
    }

    [Fact]
    public async Task ActionsOfTheNewestDecisionComeFirstInTheirOwnOrder()
    {
        var older = await CreateAsync(alice, "Older", decidedOn: new DateOnly(2026, 1, 5));
        var newer = await CreateAsync(alice, "Newer", decidedOn: new DateOnly(2026, 3, 2));
        await SaveAsync(alice, older, Actions("Old 1", "Old 2"));
        await SaveAsync(alice, newer, Actions("New 1", "New 2"));

        var actions = await plan.GetAsync(alice);

        Assert.Equal(["New 1", "New 2", "Old 1", "Old 2"], actions.Select(a => a.Action.What));
        Assert.Equal([newer, newer, older, older], actions.Select(a => a.RejectionId));
    }

    [Fact]
    public async Task ANewUserHasAnEmptyPlan()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Priorities());

        Assert.Empty(await plan.GetAsync(alice));
    }

    [Fact]
    public async Task OtherUsersDoNotSeeActionsInTheirPlan()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Experience());
        var bobs = await CreateAsync(bob, "Fabrikam");
        await SaveAsync(bob, bobs, Actions("Bob's own action"));

        var actions = await plan.GetAsync(bob);

        var only = Assert.Single(actions);
        Assert.Equal("Bob's own action", only.Action.What);
        Assert.Equal(2, (await plan.GetAsync(alice)).Count);
    }

    [Fact]
    public async Task ChangeTitlesComeOnlyFromTheUsersOwnPriorities()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, Actions("Linked to a change Alice deleted", changeId: SampleTools.ChangeId));
        var bobs = await CreateAsync(bob, "Fabrikam");
        await SaveAsync(bob, bobs, SampleTools.Priorities());

        var action = Assert.Single(await plan.GetAsync(alice));

        Assert.Null(action.ChangeTitle);
    }

    [Fact]
    public async Task SetStatusSavesTheNewStatusAndLeavesEverythingElseAlone()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Experience());
        clock.Advance(TimeSpan.FromMinutes(5));

        var changed = await plan.SetStatusAsync(alice, id, SampleTools.ActionId, ActionStatus.Done);

        Assert.True(changed);
        var expected = SampleTools.Experience();
        expected.Actions[0].Status = ActionStatus.Done;
        var rejection = await reflections.GetAsync(alice, id);
        var entry = rejection!.EntryFor(ReflectionStep.Experience)!;
        Assert.Equal(expected.ToJson(), entry.Data);
        Assert.Equal(Now.AddMinutes(5), entry.UpdatedAt);
        Assert.Equal(Now.AddMinutes(5), rejection.UpdatedAt);
        Assert.Equal(ActionStatus.Done, (await plan.GetAsync(alice))[0].Action.Status);
    }

    [Fact]
    public async Task SetStatusBumpsTheVersionSoAnEditorOpenOnTheOldOneGetsAConflict()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Experience());

        Assert.True(await plan.SetStatusAsync(alice, id, SampleTools.ActionId, ActionStatus.Dropped));

        Assert.Equal(2, (await reflections.GetAsync(alice, id))!.EntryFor(ReflectionStep.Experience)!.Version);
        var stale = await reflections.SaveStepAsync(
            alice, id, ReflectionStep.Experience, new StepAnswer("", Data: SampleTools.Experience()), expectedVersion: 1);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(2, stale.Version);
        Assert.Equal(ActionStatus.Dropped, (await plan.GetAsync(alice))[0].Action.Status);
    }

    [Fact]
    public async Task OtherUsersCannotChangeTheStatusOfAnAction()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Experience());
        clock.Advance(TimeSpan.FromMinutes(5));

        var changed = await plan.SetStatusAsync(bob, id, SampleTools.ActionId, ActionStatus.Done);

        Assert.False(changed);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task AnUnknownActionIsNotChanged()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Experience());

        Assert.False(await plan.SetStatusAsync(alice, id, Guid.NewGuid(), ActionStatus.Done));
        Assert.False(await plan.SetStatusAsync(alice, id + 1000, SampleTools.ActionId, ActionStatus.Done));

        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task AnActionOfAnotherReflectionIsNotChanged()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Experience());
        var other = await CreateAsync(alice, "Fabrikam");
        await SaveAsync(alice, other, Actions("Something else"));

        Assert.False(await plan.SetStatusAsync(alice, other, SampleTools.ActionId, ActionStatus.Done));

        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task AStatusOutsideTheListIsRefused()
    {
        var id = await CreateAsync(alice, "Contoso");
        await SaveAsync(alice, id, SampleTools.Experience());

        Assert.False(await plan.SetStatusAsync(alice, id, SampleTools.ActionId, (ActionStatus)42));

        await AssertUnchangedAsync(id);
    }

    private async Task AssertUnchangedAsync(int rejectionId)
    {
        var rejection = await reflections.GetAsync(alice, rejectionId);
        var entry = rejection!.EntryFor(ReflectionStep.Experience)!;
        Assert.Equal(SampleTools.Experience().ToJson(), entry.Data);
        Assert.Equal(1, entry.Version);
        Assert.Equal(Now, entry.UpdatedAt);
        Assert.Equal(Now, rejection.UpdatedAt);
    }

    private static ExperienceData Actions(string first, string? second = null, Guid? changeId = null) => new()
    {
        Actions = [.. new[] { first, second }.OfType<string>().Select(what => new GrowthAction { What = what, ChangeId = changeId })],
    };

    private async Task<int> CreateAsync(string userId, string company, string roleTitle = "Backend Engineer", DateOnly? decidedOn = null)
    {
        var result = await reflections.CreateAsync(userId, new RejectionDetails
        {
            Company = company,
            RoleTitle = roleTitle,
            DecidedOn = decidedOn ?? new DateOnly(2026, 3, 1),
        });
        Assert.True(result.Succeeded);
        return result.Id!.Value;
    }

    private async Task SaveAsync(string userId, int rejectionId, StepData data)
    {
        var current = (await reflections.GetAsync(userId, rejectionId))?.EntryFor(data.Step)?.Version ?? 0;
        var result = await reflections.SaveStepAsync(userId, rejectionId, data.Step, new StepAnswer("", Data: data), current);
        Assert.Equal(SaveStatus.Saved, result.Status);
    }
}
