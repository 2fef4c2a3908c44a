using Rejected.Core.Reflections;

namespace Rejected.Core.Tests.Reflections;

public sealed class RejectionDetailsTests
{
    private static readonly DateOnly Today = new(2025, 3, 15);

    private static RejectionDetails Valid() => new()
    {
        Company = "Contoso",
        RoleTitle = "Backend Engineer",
        Level = "Senior",
        Team = "Payments",
        Stage = InterviewStage.FinalLoop,
        DecidedOn = Today.AddDays(-2),
        Communication = DecisionChannel.Email,
        Tags = "backend, remote",
    };

    [Fact]
    public void CompleteDetailsHaveNoErrors()
    {
        Assert.Empty(Valid().Validate(Today));
    }

    [Fact]
    public void OnlyCompanyAndRoleAreNeeded()
    {
        var details = new RejectionDetails { Company = "Contoso", RoleTitle = "Designer" };

        Assert.Empty(details.Validate(Today));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void CompanyIsRequired(string company)
    {
        var details = Valid();
        details.Company = company;

        Assert.Equal([nameof(RejectionDetails.Company)], details.Validate(Today).Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RoleTitleIsRequired(string role)
    {
        var details = Valid();
        details.RoleTitle = role;

        Assert.Equal([nameof(RejectionDetails.RoleTitle)], details.Validate(Today).Keys);
    }

    [Fact]
    public void ADecisionDateInTheFutureIsRejected()
    {
        var details = Valid();
        details.DecidedOn = Today.AddDays(1);

        Assert.Equal([nameof(RejectionDetails.DecidedOn)], details.Validate(Today).Keys);
    }

    [Fact]
    public void ADecisionMadeTodayIsAllowed()
    {
        var details = Valid();
        details.DecidedOn = Today;

        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void FieldsAtTheirLimitAreAllowedAndSurroundingSpaceIsNotCounted()
    {
        var details = Valid();
        details.Company = "  " + new string('c', RejectionDetails.MaxCompanyLength) + "  ";
        details.RoleTitle = new string('r', RejectionDetails.MaxRoleTitleLength);
        details.Level = new string('l', RejectionDetails.MaxShortFieldLength);
        details.Team = new string('t', RejectionDetails.MaxShortFieldLength) + " ";

        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void EachTooLongFieldIsReportedByName()
    {
        var details = Valid();
        details.Company = new string('c', RejectionDetails.MaxCompanyLength + 1);
        details.RoleTitle = new string('r', RejectionDetails.MaxRoleTitleLength + 1);
        details.Level = new string('l', RejectionDetails.MaxShortFieldLength + 1);
        details.Team = new string('t', RejectionDetails.MaxShortFieldLength + 1);

        var errors = details.Validate(Today);

        Assert.Equal(
            new[] { nameof(RejectionDetails.Company), nameof(RejectionDetails.Level), nameof(RejectionDetails.RoleTitle), nameof(RejectionDetails.Team) },
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUndefinedStageIsRejected()
    {
        var details = Valid();
        details.Stage = (InterviewStage)42;

        Assert.Equal([nameof(RejectionDetails.Stage)], details.Validate(Today).Keys);
    }

    [Fact]
    public void AnUndefinedDecisionChannelIsRejected()
    {
        var details = Valid();
        details.Communication = (DecisionChannel)(-1);

        Assert.Equal([nameof(RejectionDetails.Communication)], details.Validate(Today).Keys);
    }

    [Fact]
    public void TwentyTagsAreAllowed()
    {
        var details = Valid();
        details.Tags = string.Join(", ", Enumerable.Range(1, 20).Select(i => $"tag{i}"));

        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void MoreThanTwentyTagsAreRejected()
    {
        var details = Valid();
        details.Tags = string.Join(", ", Enumerable.Range(1, 21).Select(i => $"tag{i}"));

        Assert.Equal([nameof(RejectionDetails.Tags)], details.Validate(Today).Keys);
    }

    [Fact]
    public void RepeatedTagsCountOnceTowardsTheLimit()
    {
        var details = Valid();
        details.Tags = string.Join(", ", Enumerable.Range(1, 20).Select(i => $"tag{i}")) + ", TAG1, Tag2";

        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void ATagLongerThanFortyCharactersIsRejected()
    {
        var details = Valid();
        details.Tags = "fine, " + new string('x', 41);

        Assert.Equal([nameof(RejectionDetails.Tags)], details.Validate(Today).Keys);
    }

    [Fact]
    public void ATagOfFortyCharactersIsAllowed()
    {
        var details = Valid();
        details.Tags = new string('x', 40);

        Assert.Empty(details.Validate(Today));
    }
}
