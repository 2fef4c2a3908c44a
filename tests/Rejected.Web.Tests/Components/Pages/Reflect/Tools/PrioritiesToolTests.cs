using Bunit;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect.Tools;

public sealed class PrioritiesToolTests : ReflectStepPageTest
{
    [Fact]
    public async Task EveryFieldHasAVisibleLabel()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.Priorities());

        var cut = RenderStep(id, "priorities");

        AssertEveryFieldIsLabelled(cut);
        Assert.Equal(
            ["The change", "Kind", "Can I realistically do this? (1–5)", "How much would it matter? (1–5)", "Decision"],
            Items(cut, PrioritiesData.ChangesList)[0].QuerySelectorAll("input, select").Select(field => LabelFor(cut, field)));
    }

    [Fact]
    public async Task RatingsKindAndDecisionAreSavedWithTheChange()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "priorities");

        Button(cut, "+ Add a change").Click();
        Field(Items(cut, PrioritiesData.ChangesList)[0], "title").Input("Practise system design");
        Field(Items(cut, PrioritiesData.ChangesList)[0], "kind").Change(nameof(ChangeKind.InterviewAnswers));
        Field(Items(cut, PrioritiesData.ChangesList)[0], "feasibility").Change("4");
        Field(Items(cut, PrioritiesData.ChangesList)[0], "impact").Change("5");
        Field(Items(cut, PrioritiesData.ChangesList)[0], "decision").Change(nameof(ChangeDecision.Now));
        PauseAndWaitUntilSaved(cut);

        var change = Assert.Single((await SavedAsync<PrioritiesData>(id)).Changes);
        Assert.Equal("Practise system design", change.Title);
        Assert.Equal(ChangeKind.InterviewAnswers, change.Kind);
        Assert.Equal(4, change.Feasibility);
        Assert.Equal(5, change.Impact);
        Assert.Equal(ChangeDecision.Now, change.Decision);
        Assert.Null(change.FromFeedbackId);
    }

    [Fact]
    public async Task ClearingARatingSavesItAsNotRated()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.Priorities());
        var cut = RenderStep(id, "priorities");

        Field(Items(cut, PrioritiesData.ChangesList)[0], "impact").Change("");
        PauseAndWaitUntilSaved(cut);

        var change = (await SavedAsync<PrioritiesData>(id)).Changes[0];
        Assert.Null(change.Impact);
        Assert.Equal(4, change.Feasibility);
    }

    [Fact]
    public async Task AddAsAChangeTurnsFeedbackFromStepOneIntoAChangeAndTakesItOffTheSuggestions()
    {
        var id = await CreateRejectionAsync(Alice);
        var heard = new FeedbackItem { Said = "  More system design depth. ", From = "Panel", Category = FeedbackCategory.SkillSet };
        var other = new FeedbackItem { Said = "Talk less about tooling.", Category = FeedbackCategory.Communication };
        await SaveToolAsync(id, new FeedbackData { Received = [heard, other, new FeedbackItem { Said = "   " }] });
        var cut = RenderStep(id, "priorities");
        Assert.Equal(
            ["More system design depth.", "Talk less about tooling."],
            cut.FindAll("section[aria-labelledby='suggestions-heading'] li > span").Select(s => s.TextContent.Trim()));

        Button(cut, "Add as a change: More system design depth.").Click();

        var item = Assert.Single(Items(cut, PrioritiesData.ChangesList));
        Assert.Equal("More system design depth.", ValueOf(Field(item, "title")));
        Assert.Equal("Skill", SelectedText(Field(item, "kind")));
        Assert.False(HasButton(cut, "Add as a change: More system design depth."));
        Assert.True(HasButton(cut, "Add as a change: Talk less about tooling."));
        PauseAndWaitUntilSaved(cut);
        var change = Assert.Single((await SavedAsync<PrioritiesData>(id)).Changes);
        Assert.Equal("More system design depth.", change.Title);
        Assert.Equal(heard.Id, change.FromFeedbackId);
        Assert.Equal(ChangeKind.Skill, change.Kind);

        // Once every piece of feedback is a change, the suggestions are gone.
        Button(cut, "Add as a change: Talk less about tooling.").Click();
        Assert.Empty(cut.FindAll("#suggestions-heading"));
    }

    [Fact]
    public async Task FeedbackAlreadyTurnedIntoAChangeIsNotSuggestedAgain()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.Feedback());
        await SaveToolAsync(id, SampleTools.Priorities());

        var cut = RenderStep(id, "priorities");

        Assert.Equal(
            ["Great communication."],
            cut.FindAll("section[aria-labelledby='suggestions-heading'] li > span").Select(s => s.TextContent.Trim()));
    }

    [Fact]
    public async Task TheRankedTableFollowsThePriorityRanking()
    {
        var id = await CreateRejectionAsync(Alice);
        var data = new PrioritiesData
        {
            Changes =
            [
                new CandidateChange { Title = "Dropped but perfect", Feasibility = 5, Impact = 5, Decision = ChangeDecision.Drop },
                new CandidateChange { Title = "Undecided", Feasibility = 5, Impact = 5 },
                new CandidateChange { Title = "Later", Feasibility = 3, Impact = 3, Decision = ChangeDecision.Later },
                new CandidateChange { Title = "Now, doable", Feasibility = 4, Impact = 2, Decision = ChangeDecision.Now },
                new CandidateChange { Title = "Now, matters", Feasibility = 2, Impact = 4, Decision = ChangeDecision.Now },
                new CandidateChange { Title = "Now, unrated", Decision = ChangeDecision.Now },
                new CandidateChange { Title = "  " },
            ],
        };
        await SaveToolAsync(id, data);

        var cut = RenderStep(id, "priorities");

        var rows = cut.FindAll("#ranked-changes tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        string[] expected = ["Now, matters", "Now, doable", "Now, unrated", "Later", "Undecided", "Dropped but perfect"];
        Assert.Equal(expected, rows.Select(r => r[1]));
        Assert.Equal(PriorityRanking.Rank(data.Changes.Where(c => !string.IsNullOrWhiteSpace(c.Title))).Select(c => c.Title), rows.Select(r => r[1]));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], rows.Select(r => r[0]));
        Assert.Equal(["2", "4", "Now"], rows[0][2..]);
        Assert.Equal(["–", "–", "Now"], rows[2][2..]);
        Assert.Equal(["5", "5", "Not decided"], rows[4][2..]);
    }

    [Fact]
    public async Task TheRankingFollowsANewRatingBeforeItIsSaved()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, new PrioritiesData
        {
            Changes =
            [
                new CandidateChange { Title = "First", Feasibility = 3, Impact = 3 },
                new CandidateChange { Title = "Second", Feasibility = 2, Impact = 2 },
            ],
        });
        var cut = RenderStep(id, "priorities");

        Field(Items(cut, PrioritiesData.ChangesList)[1], "impact").Change("5");

        Assert.Equal(["Second", "First"], cut.FindAll("#ranked-changes tbody tr td:nth-child(2)").Select(td => td.TextContent));
    }

    [Fact]
    public async Task ThePriorityMatrixIsAnImageWithATitleAndADescription()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, new PrioritiesData
        {
            Changes =
            [
                new CandidateChange { Title = "Rated", Feasibility = 4, Impact = 5, Decision = ChangeDecision.Now },
                new CandidateChange { Title = "Also rated", Feasibility = 4, Impact = 5 },
                new CandidateChange { Title = "Not rated" },
            ],
        });

        var cut = RenderStep(id, "priorities");

        var svg = cut.Find("figure.priority-matrix svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("matrix-title matrix-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Priority matrix", svg.QuerySelector("title#matrix-title")?.TextContent);
        Assert.EndsWith("2 of 3 changes plotted; the others are not rated yet.", svg.QuerySelector("desc#matrix-desc")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["1", "2"], svg.QuerySelectorAll("g.matrix-dot text").Select(t => t.TextContent));
        Assert.Contains("decision-now", svg.QuerySelectorAll("g.matrix-dot")[0].ClassList);
    }

    [Fact]
    public async Task WithoutChangesThereIsNoRankingOrMatrix()
    {
        var id = await CreateRejectionAsync(Alice);

        var cut = RenderStep(id, "priorities");

        Assert.Empty(cut.FindAll("#ranked-changes"));
        Assert.Empty(cut.FindAll("svg"));
        Assert.Contains("No changes yet.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChangesOfAnotherReflectionAreNotSuggestedOrShown()
    {
        var id = await CreateRejectionAsync(Alice);
        var other = await CreateRejectionAsync(Alice, company: "Fabrikam");
        await SaveToolAsync(other, SampleTools.Feedback());
        await SaveToolAsync(other, SampleTools.Priorities());

        var cut = RenderStep(id, "priorities");

        Assert.Empty(cut.FindAll("#suggestions-heading"));
        Assert.Empty(Items(cut, PrioritiesData.ChangesList));
        Assert.Null(await SavedEntryAsync(id, ReflectionStep.Priorities));
    }
}
