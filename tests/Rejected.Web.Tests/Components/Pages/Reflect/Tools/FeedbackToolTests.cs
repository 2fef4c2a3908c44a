using Bunit;
using Microsoft.JSInterop;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Components.Pages.Reflect;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Pages.Reflect.Tools;

public sealed class FeedbackToolTests : ReflectStepPageTest
{
    private const string Clipboard = "navigator.clipboard.writeText";

    [Fact]
    public async Task EveryFieldHasAVisibleLabelEvenWithTheDraftOpen()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.Feedback());
        var cut = RenderStep(id, "feedback");

        Button(cut, "Draft a request to Mia Chen (recruiter)").Click();

        AssertEveryFieldIsLabelled(cut);
        var person = Items(cut, FeedbackData.PeopleList)[0];
        Assert.Equal(
            ["Name or role", "Relationship", "Status", "Asked on", "Follow up on", "Subject", "Message to Mia Chen (recruiter)"],
            person.QuerySelectorAll("input, select, textarea").Select(field => LabelFor(cut, field)));
        var received = Items(cut, FeedbackData.ReceivedList)[0];
        Assert.Equal(
            ["What was said", "From whom", "Category", "Do you agree?"],
            received.QuerySelectorAll("input, select, textarea").Select(field => LabelFor(cut, field)));
    }

    [Fact]
    public async Task TheSavedPeopleAndFeedbackAreShownInTheirFields()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, SampleTools.Feedback());

        var cut = RenderStep(id, "feedback");

        var person = Items(cut, FeedbackData.PeopleList)[0];
        Assert.Equal("Mia Chen (recruiter)", ValueOf(Field(person, "name")));
        Assert.Equal("Recruiter", SelectedText(Field(person, "relationship")));
        Assert.Equal("Asked", SelectedText(Field(person, "status")));
        Assert.Equal("2026-03-11", ValueOf(Field(person, "asked-on")));
        Assert.Equal("2026-03-18", ValueOf(Field(person, "follow-up")));
        var received = Items(cut, FeedbackData.ReceivedList)[0];
        Assert.Equal("More \"system design\" depth.\nAnd <b>fewer</b> tangents.", ValueOf(Field(received, "said")));
        Assert.Equal("Ability to do the job", SelectedText(Field(received, "category")));
        Assert.Equal("Partly", SelectedText(Field(received, "agree")));
    }

    [Fact]
    public async Task ChoicesAndDatesAreSavedWithThePerson()
    {
        var id = await CreateRejectionAsync(Alice);
        var cut = RenderStep(id, "feedback");

        Button(cut, "+ Add a person").Click();
        Field(Items(cut, FeedbackData.PeopleList)[0], "name").Input("The hiring manager");
        Field(Items(cut, FeedbackData.PeopleList)[0], "relationship").Change(nameof(Relationship.HiringManager));
        Field(Items(cut, FeedbackData.PeopleList)[0], "status").Change(nameof(RequestStatus.NoReply));
        Field(Items(cut, FeedbackData.PeopleList)[0], "asked-on").Change("2026-03-12");
        Field(Items(cut, FeedbackData.PeopleList)[0], "follow-up").Change("2026-03-19");
        Button(cut, "+ Add feedback").Click();
        Field(Items(cut, FeedbackData.ReceivedList)[0], "said").Input("Go deeper on trade-offs.");
        Field(Items(cut, FeedbackData.ReceivedList)[0], "from").Input("Panel");
        Field(Items(cut, FeedbackData.ReceivedList)[0], "category").Change(nameof(FeedbackCategory.SkillSet));
        Field(Items(cut, FeedbackData.ReceivedList)[0], "agree").Change(nameof(Agreement.No));
        PauseAndWaitUntilSaved(cut);

        var saved = await SavedAsync<FeedbackData>(id);
        var person = Assert.Single(saved.People);
        Assert.Equal("The hiring manager", person.Name);
        Assert.Equal(Relationship.HiringManager, person.Relationship);
        Assert.Equal(RequestStatus.NoReply, person.Status);
        Assert.Equal(new DateOnly(2026, 3, 12), person.AskedOn);
        Assert.Equal(new DateOnly(2026, 3, 19), person.FollowUpOn);
        var item = Assert.Single(saved.Received);
        Assert.Equal("Go deeper on trade-offs.", item.Said);
        Assert.Equal("Panel", item.From);
        Assert.Equal(FeedbackCategory.SkillSet, item.Category);
        Assert.Equal(Agreement.No, item.Agreement);
    }

    [Fact]
    public async Task AFollowUpBeforeTheDayYouAskedShowsItsMessageAndIsNotSaved()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, new FeedbackData { People = [new FeedbackContact { Name = "Mia", AskedOn = new DateOnly(2026, 3, 12) }] });
        var cut = RenderStep(id, "feedback");

        Field(Items(cut, FeedbackData.PeopleList)[0], "follow-up").Change("2026-03-10");
        Clock.Advance(TypingPause);

        cut.WaitForAssertion(() => Assert.Equal(NotSavedMessage, Indicator(cut)));
        var field = Field(Items(cut, FeedbackData.PeopleList)[0], "follow-up");
        Assert.Equal("The follow-up date comes after the day you asked.", cut.Find($"#{field.Id}-error").TextContent);
        Assert.Null(Assert.Single((await SavedAsync<FeedbackData>(id)).People).FollowUpOn);
    }

    [Fact]
    public async Task DraftingARequestToTheRecruiterWritesAFormalMessageAboutTheRoleAndCompany()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");
        await SaveToolAsync(id, Person("Mia Chen (recruiter)", Relationship.Recruiter));
        var cut = RenderStep(id, "feedback");

        Button(cut, "Draft a request to Mia Chen (recruiter)").Click();

        var (subject, body) = Draft(cut);
        Assert.Equal("Feedback on my application for the Backend Engineer role at Contoso", subject);
        Assert.StartsWith("Hello Mia Chen,\n\nThank you for the time", body, StringComparison.Ordinal);
        Assert.Contains("the Backend Engineer role at Contoso", body, StringComparison.Ordinal);
        Assert.EndsWith("Best regards,\n", body, StringComparison.Ordinal);
        var mailto = cut.FindAll("a").Single(a => a.TextContent == "Open in mail app").GetAttribute("href");
        Assert.StartsWith("mailto:?subject=Feedback%20on%20my%20application%20for%20the%20Backend%20Engineer%20role%20at%20Contoso&body=Hello%20Mia%20Chen%2C%0D%0A%0D%0A", mailto, StringComparison.Ordinal);

        // A draft is not part of the journal until it is sent: nothing was changed or saved.
        Assert.Equal("Changes save automatically.", Indicator(cut));
    }

    [Fact]
    public async Task DraftingARequestToAFriendWritesAPersonalMessage()
    {
        var id = await CreateRejectionAsync(Alice, company: "Contoso", roleTitle: "Backend Engineer");
        await SaveToolAsync(id, Person("Sam", Relationship.Friend));
        var cut = RenderStep(id, "feedback");

        Button(cut, "Draft a request to Sam").Click();

        var (subject, body) = Draft(cut);
        Assert.Equal("Could I ask for your honest view? (the Backend Engineer role at Contoso)", subject);
        Assert.StartsWith("Hi Sam,\n\nI just heard that I didn't get the Backend Engineer role at Contoso", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Best regards", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopyPutsTheSubjectAndTheEditedMessageOnTheClipboard()
    {
        var clipboard = JSInterop.SetupVoid(Clipboard, _ => true);
        clipboard.SetVoidResult();
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, Person("Mia Chen (recruiter)", Relationship.Recruiter));
        var cut = RenderStep(id, "feedback");
        Button(cut, "Draft a request to Mia Chen (recruiter)").Click();
        var body = Draft(cut).Body;
        cut.Find("input[id^='draft-subject-']").Input("Thank you, and a question");

        Button(cut, "Copy to clipboard").Click();

        var invocation = clipboard.VerifyInvoke(Clipboard);
        Assert.Equal($"Thank you, and a question\n\n{body}", invocation.Arguments[0]);
        cut.WaitForAssertion(() => Assert.Equal("Copied.", cut.Find(".draft-panel [role='status']").TextContent));
    }

    [Fact]
    public async Task WhenTheBrowserRefusesToCopyTheMessageSaysToCopyByHand()
    {
        JSInterop.SetupVoid(Clipboard, _ => true).SetException(new JSException("NotAllowedError: Write permission denied."));
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, Person("Mia Chen (recruiter)", Relationship.Recruiter));
        var cut = RenderStep(id, "feedback");
        Button(cut, "Draft a request to Mia Chen (recruiter)").Click();

        Button(cut, "Copy to clipboard").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "Copying isn't allowed here; select the message and copy it yourself.",
            cut.Find(".draft-panel [role='status']").TextContent));
    }

    [Fact]
    public async Task MarkAsAskedTodaySetsTheStatusTodayAndAFollowUpAWeekLater()
    {
        var id = await CreateRejectionAsync(Alice);
        await SaveToolAsync(id, Person("Mia Chen (recruiter)", Relationship.Recruiter));
        var cut = RenderStep(id, "feedback");
        Button(cut, "Draft a request to Mia Chen (recruiter)").Click();

        Button(cut, "Mark as asked today").Click();

        var item = Items(cut, FeedbackData.PeopleList)[0];
        Assert.Equal("Asked", SelectedText(Field(item, "status")));
        Assert.Equal("2026-03-15", ValueOf(Field(item, "asked-on")));
        Assert.Equal("2026-03-22", ValueOf(Field(item, "follow-up")));
        PauseAndWaitUntilSaved(cut);
        var person = Assert.Single((await SavedAsync<FeedbackData>(id)).People);
        Assert.Equal(RequestStatus.Asked, person.Status);
        Assert.Equal(DateOnly.FromDateTime(Now.UtcDateTime), person.AskedOn);
        Assert.Equal(new DateOnly(2026, 3, 22), person.FollowUpOn);
    }

    [Fact]
    public async Task MarkAsAskedTodayKeepsAFollowUpDateStillAhead()
    {
        var id = await CreateRejectionAsync(Alice);
        var data = Person("Mia", Relationship.Recruiter);
        data.People[0].FollowUpOn = new DateOnly(2026, 3, 17);
        await SaveToolAsync(id, data);
        var cut = RenderStep(id, "feedback");
        Button(cut, "Draft a request to Mia").Click();

        Button(cut, "Mark as asked today").Click();

        PauseAndWaitUntilSaved(cut);
        var person = Assert.Single((await SavedAsync<FeedbackData>(id)).People);
        Assert.Equal(new DateOnly(2026, 3, 15), person.AskedOn);
        Assert.Equal(new DateOnly(2026, 3, 17), person.FollowUpOn);
    }

    [Fact]
    public async Task MarkAsAskedTodayAgainMovesAFollowUpDateThatHasPassed()
    {
        var id = await CreateRejectionAsync(Alice);
        var data = Person("Mia", Relationship.Recruiter);
        data.People[0].Status = RequestStatus.NoReply;
        data.People[0].AskedOn = new DateOnly(2026, 3, 1);
        data.People[0].FollowUpOn = new DateOnly(2026, 3, 8);
        await SaveToolAsync(id, data);
        var cut = RenderStep(id, "feedback");
        Button(cut, "Draft a request to Mia").Click();

        Button(cut, "Mark as asked today").Click();

        PauseAndWaitUntilSaved(cut);
        var person = Assert.Single((await SavedAsync<FeedbackData>(id)).People);
        Assert.Equal(RequestStatus.Asked, person.Status);
        Assert.Equal(new DateOnly(2026, 3, 15), person.AskedOn);
        Assert.Equal(new DateOnly(2026, 3, 22), person.FollowUpOn);
    }

    private static FeedbackData Person(string name, Relationship relationship) =>
        new() { People = [new FeedbackContact { Name = name, Relationship = relationship }] };

    private static (string Subject, string Body) Draft(IRenderedComponent<ReflectStepPage> cut) =>
        (ValueOf(cut.Find("input[id^='draft-subject-']"))!, ValueOf(cut.Find("textarea[id^='draft-body-']"))!);
}
