using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;

namespace Rejected.Core.Tests.Reflections.Tools;

public sealed class StepDataValidationTests
{
    private static readonly string AtLimit = new('a', StepData.MaxTextLength);
    private static readonly string OverLimit = new('a', StepData.MaxTextLength + 1);

    public static TheoryData<ReflectionStep> StepsWithTools() => SampleTools.StepsWithTools();

    [Theory]
    [MemberData(nameof(StepsWithTools))]
    public void EmptyAndFilledToolsAreValid(ReflectionStep step)
    {
        Assert.Empty(Keys(StepData.Create(step)!));
        Assert.Empty(Keys(SampleTools.Filled(step)));
    }

    [Fact]
    public void FiftyItemsInEveryListAreFine()
    {
        Assert.Empty(Keys(new FeedbackData { People = Many<FeedbackContact>(50), Received = Many<FeedbackItem>(50) }));
        Assert.Empty(Keys(new PrioritiesData { Changes = Many<CandidateChange>(50) }));
        Assert.Empty(Keys(new ExperienceData { Actions = Many<GrowthAction>(50) }));
        Assert.Empty(Keys(new RoleFitData
        {
            Appealed = Many<TextItem>(50),
            DidNotAppeal = Many<TextItem>(50),
            Levels = Many<LevelComparison>(50),
            Variations = Many<RoleVariation>(50),
        }));
        Assert.Empty(Keys(new WrapUpData { OtherGroups = Many<TextItem>(50) }));
    }

    [Fact]
    public void MoreThanFiftyItemsGiveAnErrorOnTheList()
    {
        Assert.Equal(
            [FeedbackData.PeopleList, FeedbackData.ReceivedList],
            Keys(new FeedbackData { People = Many<FeedbackContact>(51), Received = Many<FeedbackItem>(51) }));
        Assert.Equal([PrioritiesData.ChangesList], Keys(new PrioritiesData { Changes = Many<CandidateChange>(51) }));
        Assert.Equal([ExperienceData.ActionsList], Keys(new ExperienceData { Actions = Many<GrowthAction>(51) }));
        Assert.Equal(
            [RoleFitData.AppealedList, RoleFitData.DidNotAppealList, RoleFitData.LevelsList, RoleFitData.VariationsList],
            Keys(new RoleFitData
            {
                Appealed = Many<TextItem>(51),
                DidNotAppeal = Many<TextItem>(51),
                Levels = Many<LevelComparison>(51),
                Variations = Many<RoleVariation>(51),
            }));
        Assert.Equal([WrapUpData.OtherGroupsList], Keys(new WrapUpData { OtherGroups = Many<TextItem>(51) }));
    }

    [Fact]
    public void TheListErrorSaysHowManyThereAre()
    {
        var errors = Errors(new PrioritiesData { Changes = Many<CandidateChange>(51) });

        var message = errors.For(PrioritiesData.ChangesList);
        Assert.NotNull(message);
        Assert.Contains("50", message, StringComparison.Ordinal);
        Assert.Contains("51", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAtTheLimitIsFineInEveryField()
    {
        var data = new FeedbackData
        {
            People = [new FeedbackContact { Name = AtLimit }],
            Received = [new FeedbackItem { Said = AtLimit, From = AtLimit }],
        };
        Assert.Empty(Keys(data));
        Assert.Empty(Keys(new PrioritiesData { Changes = [new CandidateChange { Title = AtLimit }] }));
        Assert.Empty(Keys(new ExperienceData { Actions = [new GrowthAction { What = AtLimit, WhoToTalkTo = AtLimit, Notes = AtLimit }] }));
        Assert.Empty(Keys(new RoleFitData
        {
            Appealed = [new TextItem { Text = AtLimit }],
            DidNotAppeal = [new TextItem { Text = AtLimit }],
            VerdictWhy = AtLimit,
            WantVsFit = AtLimit,
            Levels = [new LevelComparison { Company = AtLimit, Title = AtLimit, Scope = AtLimit, YourRead = AtLimit }],
            Variations = [new RoleVariation { Company = AtLimit, TeamOrRole = AtLimit }],
        }));
        Assert.Empty(Keys(new WrapUpData { OtherGroups = [new TextItem { Text = AtLimit }] }));
    }

    [Fact]
    public void TextOverTheLimitGivesAnErrorOnThatFieldOfThatItem()
    {
        var fine = new FeedbackContact { Name = "Fine" };
        var tooLong = new FeedbackContact { Name = OverLimit };
        var data = new FeedbackData { People = [fine, tooLong] };

        var errors = Errors(data);

        var key = ToolErrors.Key(FeedbackData.PeopleList, tooLong.Id, nameof(FeedbackContact.Name));
        Assert.Equal([key], errors.Messages.Keys);
        Assert.Equal(errors.For(key), errors.For(FeedbackData.PeopleList, tooLong.Id, nameof(FeedbackContact.Name)));
        Assert.Contains("2,000", errors.For(key), StringComparison.Ordinal);
        Assert.Contains("2,001", errors.For(key), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTextFieldIsCheckedUnderItsOwnKey()
    {
        var person = new FeedbackContact { Name = OverLimit };
        var item = new FeedbackItem { Said = OverLimit, From = OverLimit };
        var change = new CandidateChange { Title = OverLimit };
        var action = new GrowthAction { What = OverLimit, WhoToTalkTo = OverLimit, Notes = OverLimit };
        var appealed = new TextItem { Text = OverLimit };
        var didNot = new TextItem { Text = OverLimit };
        var level = new LevelComparison { Company = OverLimit, Title = OverLimit, Scope = OverLimit, YourRead = OverLimit };
        var variation = new RoleVariation { Company = OverLimit, TeamOrRole = OverLimit };
        var group = new TextItem { Text = OverLimit };

        Assert.Equal(
            [
                ToolErrors.Key(FeedbackData.PeopleList, person.Id, "Name"),
                ToolErrors.Key(FeedbackData.ReceivedList, item.Id, "Said"),
                ToolErrors.Key(FeedbackData.ReceivedList, item.Id, "From"),
            ],
            Keys(new FeedbackData { People = [person], Received = [item] }));
        Assert.Equal([ToolErrors.Key(PrioritiesData.ChangesList, change.Id, "Title")], Keys(new PrioritiesData { Changes = [change] }));
        Assert.Equal(
            [
                ToolErrors.Key(ExperienceData.ActionsList, action.Id, "What"),
                ToolErrors.Key(ExperienceData.ActionsList, action.Id, "WhoToTalkTo"),
                ToolErrors.Key(ExperienceData.ActionsList, action.Id, "Notes"),
            ],
            Keys(new ExperienceData { Actions = [action] }));
        Assert.Equal(
            [
                ToolErrors.Key(RoleFitData.AppealedList, appealed.Id, "Text"),
                ToolErrors.Key(RoleFitData.DidNotAppealList, didNot.Id, "Text"),
                RoleFitData.VerdictWhyField,
                RoleFitData.WantVsFitField,
                ToolErrors.Key(RoleFitData.LevelsList, level.Id, "Company"),
                ToolErrors.Key(RoleFitData.LevelsList, level.Id, "Title"),
                ToolErrors.Key(RoleFitData.LevelsList, level.Id, "Scope"),
                ToolErrors.Key(RoleFitData.LevelsList, level.Id, "YourRead"),
                ToolErrors.Key(RoleFitData.VariationsList, variation.Id, "Company"),
                ToolErrors.Key(RoleFitData.VariationsList, variation.Id, "TeamOrRole"),
            ],
            Keys(new RoleFitData
            {
                Appealed = [appealed],
                DidNotAppeal = [didNot],
                VerdictWhy = OverLimit,
                WantVsFit = OverLimit,
                Levels = [level],
                Variations = [variation],
            }));
        Assert.Equal([ToolErrors.Key(WrapUpData.OtherGroupsList, group.Id, "Text")], Keys(new WrapUpData { OtherGroups = [group] }));
    }

    [Fact]
    public void KeysNameTheListTheItemAndTheField()
    {
        var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("changes:0f8fad5bd9cb469fa16570867728950e:Title", ToolErrors.Key(PrioritiesData.ChangesList, id, "Title"));
    }

    [Theory]
    [InlineData(1, 5, true)]
    [InlineData(5, 1, true)]
    [InlineData(null, null, true)]
    [InlineData(0, 3, false)]
    [InlineData(6, 3, false)]
    [InlineData(3, 0, false)]
    [InlineData(3, -1, false)]
    [InlineData(int.MaxValue, 3, false)]
    public void RatingsGoFromOneToFive(int? feasibility, int? impact, bool valid)
    {
        var change = new CandidateChange { Title = "x", Feasibility = feasibility, Impact = impact };

        var errors = Errors(new PrioritiesData { Changes = [change] });

        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            var field = feasibility is < 1 or > 5 ? nameof(CandidateChange.Feasibility) : nameof(CandidateChange.Impact);
            Assert.Equal([ToolErrors.Key(PrioritiesData.ChangesList, change.Id, field)], errors.Messages.Keys);
            Assert.Contains("1 to 5", errors.Messages.Values.Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UndefinedOptionsAreErrorsOnEveryChoiceField()
    {
        var person = new FeedbackContact { Relationship = (Relationship)99, Status = (RequestStatus)99 };
        var item = new FeedbackItem { Category = (FeedbackCategory)(-1), Agreement = (Agreement)7 };
        var change = new CandidateChange { Kind = (ChangeKind)42, Decision = (ChangeDecision)3 };
        var action = new GrowthAction { Opportunity = (OpportunityType)4, Status = (ActionStatus)4 };

        Assert.Equal(
            [
                ToolErrors.Key(FeedbackData.PeopleList, person.Id, "Relationship"),
                ToolErrors.Key(FeedbackData.PeopleList, person.Id, "Status"),
                ToolErrors.Key(FeedbackData.ReceivedList, item.Id, "Category"),
                ToolErrors.Key(FeedbackData.ReceivedList, item.Id, "Agreement"),
            ],
            Keys(new FeedbackData { People = [person], Received = [item] }));
        Assert.Equal(
            [ToolErrors.Key(PrioritiesData.ChangesList, change.Id, "Kind"), ToolErrors.Key(PrioritiesData.ChangesList, change.Id, "Decision")],
            Keys(new PrioritiesData { Changes = [change] }));
        Assert.Equal(
            [ToolErrors.Key(ExperienceData.ActionsList, action.Id, "Opportunity"), ToolErrors.Key(ExperienceData.ActionsList, action.Id, "Status")],
            Keys(new ExperienceData { Actions = [action] }));
        Assert.Equal([RoleFitData.VerdictField], Keys(new RoleFitData { Verdict = (FitVerdict)3 }));
    }

    [Fact]
    public void AnUndefinedNumberInStoredJsonIsCaughtByValidation()
    {
        var data = StepData.Parse(ReflectionStep.RoleFit, "{\"verdict\":17}");

        Assert.Equal([RoleFitData.VerdictField], Keys(data!));
    }

    [Fact]
    public void AFollowUpBeforeTheDayYouAskedIsAnError()
    {
        var person = new FeedbackContact { AskedOn = new DateOnly(2025, 3, 10), FollowUpOn = new DateOnly(2025, 3, 9) };

        var errors = Errors(new FeedbackData { People = [person] });

        Assert.Equal([ToolErrors.Key(FeedbackData.PeopleList, person.Id, nameof(FeedbackContact.FollowUpOn))], errors.Messages.Keys);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-10")]
    [InlineData("2025-03-10", "2025-03-11")]
    [InlineData(null, "2025-03-01")]
    [InlineData("2025-03-10", null)]
    public void AFollowUpOnOrAfterTheDayYouAskedOrWithADateMissingIsFine(string? asked, string? followUp)
    {
        var person = new FeedbackContact
        {
            AskedOn = asked is null ? null : DateOnly.Parse(asked, System.Globalization.CultureInfo.InvariantCulture),
            FollowUpOn = followUp is null ? null : DateOnly.Parse(followUp, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Empty(Keys(new FeedbackData { People = [person] }));
    }

    [Fact]
    public void AddingTheSameKeyTwiceKeepsTheFirstMessage()
    {
        var errors = new ToolErrors();

        errors.Add("k", "first");
        errors.Add("k", "second");

        Assert.Equal(1, errors.Count);
        Assert.Equal("first", errors.For("k"));
        Assert.Null(errors.For("other"));
    }

    private static ToolErrors Errors(StepData data)
    {
        var errors = new ToolErrors();
        data.Validate(errors);
        return errors;
    }

    private static IEnumerable<string> Keys(StepData data) => Errors(data).Messages.Keys;

    private static List<T> Many<T>(int count)
        where T : new() => Enumerable.Range(0, count).Select(_ => new T()).ToList();
}
