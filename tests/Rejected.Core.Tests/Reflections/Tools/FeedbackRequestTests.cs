using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections.Tools;

public sealed class FeedbackRequestTests
{
    private const string FormalThanks = "Thank you for the time you and the team spent with me during the process for ";
    private const string FormalAsk = "I respect the decision, and I would be grateful for any feedback that could help me grow";
    private const string PersonalNews = "I just heard that I didn't get ";
    private const string PersonalAsk = "You know how I work, so I'd really value your honest view";

    public static TheoryData<Relationship?> HiringSide() =>
        new(Relationship.Interviewer, Relationship.Recruiter, Relationship.HiringManager, null);

    public static TheoryData<Relationship> PeopleWhoKnowYou() =>
        new(Relationship.Peer, Relationship.Coworker, Relationship.Mentor, Relationship.Friend, Relationship.Family);

    [Theory]
    [MemberData(nameof(HiringSide))]
    public void TheHiringSideAndUnknownRelationshipsGetTheFormalRequest(Relationship? relationship)
    {
        var request = FeedbackRequest.Draft(Sample.Rejection(), Person("Mia", relationship));

        Assert.StartsWith("Hello Mia,\n\n", request.Body, StringComparison.Ordinal);
        Assert.Contains(FormalThanks + "the Backend Engineer role at Contoso.", request.Body, StringComparison.Ordinal);
        Assert.Contains(FormalAsk, request.Body, StringComparison.Ordinal);
        Assert.EndsWith("Best regards,\n", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalNews, request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalAsk, request.Body, StringComparison.Ordinal);
        Assert.Equal("Feedback on my application for the Backend Engineer role at Contoso", request.Subject);
    }

    [Theory]
    [MemberData(nameof(PeopleWhoKnowYou))]
    public void PeopleWhoKnowYouGetThePersonalRequest(Relationship relationship)
    {
        var request = FeedbackRequest.Draft(Sample.Rejection(), Person("Sam", relationship));

        Assert.StartsWith("Hi Sam,\n\n", request.Body, StringComparison.Ordinal);
        Assert.Contains(PersonalNews + "the Backend Engineer role at Contoso, and I'm trying to learn from it.", request.Body, StringComparison.Ordinal);
        Assert.Contains(PersonalAsk, request.Body, StringComparison.Ordinal);
        Assert.EndsWith("Thanks,\n", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(FormalThanks, request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(FormalAsk, request.Body, StringComparison.Ordinal);
        Assert.Equal("Could I ask for your honest view? (the Backend Engineer role at Contoso)", request.Subject);
    }

    [Theory]
    [InlineData(InterviewStage.Application, "application")]
    [InlineData(InterviewStage.RecruiterScreen, "recruiter screen")]
    [InlineData(InterviewStage.FinalLoop, "final loop")]
    [InlineData(InterviewStage.OfferOrReferences, "offer or reference stage")]
    public void TheFormalRequestNamesTheStageReachedInLowerCase(InterviewStage stage, string label)
    {
        var rejection = Sample.Rejection();
        rejection.Stage = stage;

        var request = FeedbackRequest.Draft(rejection, Person("Mia", Relationship.Recruiter));

        Assert.Contains(
            FormalThanks + $"the Backend Engineer role at Contoso, which I followed up to the {label}.\n\n",
            request.Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ThePersonalRequestDoesNotMentionTheStage()
    {
        var rejection = Sample.Rejection();
        rejection.Stage = InterviewStage.FinalLoop;

        var request = FeedbackRequest.Draft(rejection, Person("Sam", Relationship.Mentor));

        Assert.DoesNotContain("final loop", request.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    [InlineData("(recruiter)")]
    public void WithoutANameTheGreetingHasNoName(string name)
    {
        var formal = FeedbackRequest.Draft(Sample.Rejection(), Person(name, Relationship.Interviewer));
        var personal = FeedbackRequest.Draft(Sample.Rejection(), Person(name, Relationship.Friend));

        Assert.StartsWith("Hello,\n\n", formal.Body, StringComparison.Ordinal);
        Assert.StartsWith("Hi,\n\n", personal.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mia Chen (recruiter)", "Mia Chen")]
    [InlineData("Mia Chen(recruiter)", "Mia Chen")]
    [InlineData("  Mia   Chen  ", "Mia Chen")]
    [InlineData("the hiring manager", "the hiring manager")]
    public void TheGreetingUsesTheNameWithoutANoteInBrackets(string name, string greeted)
    {
        var request = FeedbackRequest.Draft(Sample.Rejection(), Person(name, Relationship.Recruiter));

        Assert.StartsWith($"Hello {greeted},\n\n", request.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Backend Engineer", "", "the Backend Engineer role")]
    [InlineData("", "Contoso", "the role at Contoso")]
    [InlineData("  ", "  ", "the role")]
    [InlineData("  Backend \n Engineer ", " Contoso  Ltd ", "the Backend Engineer role at Contoso Ltd")]
    public void MissingRoleOrCompanyLeavesNoGapsOrStrayPunctuation(string role, string company, string job)
    {
        var rejection = Sample.Rejection(company, role);

        foreach (var relationship in new Relationship?[] { null, Relationship.Peer })
        {
            var request = FeedbackRequest.Draft(rejection, Person("Mia", relationship));

            Assert.Contains(job, request.Subject, StringComparison.Ordinal);
            Assert.Contains(job, request.Body, StringComparison.Ordinal);
            foreach (var text in new[] { request.Subject, request.Body })
            {
                Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
                Assert.DoesNotContain(" ,", text, StringComparison.Ordinal);
                Assert.DoesNotContain(" .", text, StringComparison.Ordinal);
                Assert.DoesNotContain("at .", text, StringComparison.Ordinal);
                Assert.DoesNotContain("at ,", text, StringComparison.Ordinal);
                Assert.DoesNotContain("the  role", text, StringComparison.Ordinal);
                Assert.DoesNotContain("at )", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void WithoutAStageTheFormalSentenceEndsAfterTheJob()
    {
        var request = FeedbackRequest.Draft(Sample.Rejection(), Person("Mia", Relationship.Interviewer));

        Assert.Contains(FormalThanks + "the Backend Engineer role at Contoso.\n\n", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("followed up", request.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Relationship.Friend)]
    public void MailtoHrefEscapesSubjectAndBodyAndUsesCrlfLineBreaks(Relationship? relationship)
    {
        var rejection = Sample.Rejection("R&D Labs? #1 = best", "C++ / C# Engineer");
        rejection.Stage = InterviewStage.TakeHome;
        var request = FeedbackRequest.Draft(rejection, Person("Zoë O'Neil", relationship));

        var href = request.MailtoHref();

        Assert.StartsWith("mailto:?subject=", href, StringComparison.Ordinal);
        Assert.DoesNotContain(' ', href);
        Assert.DoesNotContain('\n', href);
        Assert.DoesNotContain('\r', href);
        Assert.DoesNotContain('#', href);
        var query = href["mailto:?".Length..].Split('&');
        Assert.Equal(2, query.Length);
        Assert.StartsWith("subject=", query[0], StringComparison.Ordinal);
        Assert.StartsWith("body=", query[1], StringComparison.Ordinal);
        Assert.Equal(request.Subject, Uri.UnescapeDataString(query[0]["subject=".Length..]));
        Assert.Equal(request.Body.Replace("\n", "\r\n", StringComparison.Ordinal), Uri.UnescapeDataString(query[1]["body=".Length..]));
        Assert.Contains("R&D Labs? #1 = best", request.Subject, StringComparison.Ordinal);
    }

    private static FeedbackContact Person(string name, Relationship? relationship) => new() { Name = name, Relationship = relationship };
}
