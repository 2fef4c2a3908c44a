using Rejected.Core.Backup;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Core.Tests.Support;
using static Rejected.Core.Tests.Backup.BackupSamples;

namespace Rejected.Core.Tests.Backup;

/// <summary>The checks and clean-up every import shares, whether the reflections came from JSON or Markdown.</summary>
public sealed class RestoreRulesTests
{
    [Fact]
    public void CompleteAndMinimalReflectionsHaveNoProblems()
    {
        Assert.Empty(RestoreRules.Validate([Full(Id(1)), Bare(Id(2))], Today));
    }

    [Fact]
    public void ReflectionsBuiltInCodeAreCheckedByTheSameRules()
    {
        var noCompany = Bare(Id(1), company: " ");
        var badEntries = Full(Id(2), "Acme", "Engineer");
        badEntries.Stage = (InterviewStage)42;
        badEntries.Entries[2].Step = ReflectionStep.Feedback;
        badEntries.Entries[3].Data = "{not json";
        badEntries.Entries[4].Step = (ReflectionStep)9;
        var sameId = Bare(Id(2), "Fabrikam");
        var noId = Bare(Guid.Empty, "Northwind");

        var problems = RestoreRules.Validate([noCompany, badEntries, sameId, noId], Today);

        Assert.Equal(
            [
                "reflection 1 (Engineer): company is missing.",
                "reflection 2 (Acme, Engineer): stage 42 is not one of Application, RecruiterScreen, TechnicalScreen, TakeHome, FinalLoop or OfferOrReferences.",
                "reflection 2 (Acme, Engineer), entry 3 (Feedback): the Feedback step is already entry 2; each guided step is written once.",
                "reflection 2 (Acme, Engineer), entry 4 (Experience): data can't be read: a value has the wrong type or is not one of the options.",
                "reflection 2 (Acme, Engineer), entry 5: step 9 is out of range; a step is one of CheckIn, Feedback, Priorities, Experience, RoleFit, WrapUp or Revisit.",
                $"reflection 3 (Fabrikam, Engineer): id {Id(2)} is also the id of reflection 2 (Acme, Engineer); each reflection needs its own.",
                "reflection 4 (Northwind, Engineer): has no id.",
            ],
            problems);
    }

    [Fact]
    public void NormalizeGivesTheFormTheAppSavesIn()
    {
        var incoming = Bare(Id(1), "  Contoso ", " Engineer");
        incoming.Level = " ";
        incoming.Team = " Payments ";
        incoming.Tags = ["backend", "Backend", " remote ", ""];
        incoming.Entries =
        [
            Sample.Entry(ReflectionStep.WrapUp, "Done.", mood: 4, takeaway: "  Keep going.  "),
            Sample.Entry(ReflectionStep.Revisit, "Later."),
            Sample.Entry(ReflectionStep.CheckIn, "", mood: 2),
            Sample.Entry(ReflectionStep.Feedback, "   "),
            Sample.Entry(ReflectionStep.RoleFit),
        ];
        incoming.Entries[3].Data = "{ \"people\": [] }";
        incoming.Entries[4].Data = "{\n  \"verdict\": \"Yes\"\n}";

        var normalized = RestoreRules.Normalize(incoming);

        Assert.Equal("Contoso", normalized.Company);
        Assert.Equal("Engineer", normalized.RoleTitle);
        Assert.Null(normalized.Level);
        Assert.Equal("Payments", normalized.Team);
        Assert.Equal(["backend", "remote"], normalized.Tags);
        Assert.Equal(
            [ReflectionStep.CheckIn, ReflectionStep.Feedback, ReflectionStep.RoleFit, ReflectionStep.WrapUp, ReflectionStep.Revisit],
            normalized.Entries.Select(e => e.Step));
        Assert.Equal("Keep going.", normalized.EntryFor(ReflectionStep.WrapUp)!.Takeaway);
        Assert.Null(normalized.EntryFor(ReflectionStep.Feedback)!.Data);
        Assert.Equal(new RoleFitData { Verdict = FitVerdict.Yes }.ToJson(), normalized.EntryFor(ReflectionStep.RoleFit)!.Data);
        Assert.Equal(3, normalized.CompletedSteps);
        Assert.Equal("", normalized.OwnerId);
        Assert.All(normalized.Entries, e => Assert.Equal(("", 0, 0, 0), (e.OwnerId, e.Id, e.RejectionId, e.Version)));
    }

    [Fact]
    public void NormalizeLeavesTheIncomingReflectionAsItWas()
    {
        var incoming = Bare(Id(1), "  Contoso ");
        incoming.Entries = [Sample.Entry(ReflectionStep.CheckIn, "Text", mood: 2)];

        var normalized = RestoreRules.Normalize(incoming);

        Assert.Equal("  Contoso ", incoming.Company);
        Assert.Equal("user-1", incoming.OwnerId);
        Assert.NotSame(incoming.Entries[0], normalized.Entries[0]);
    }

    [Fact]
    public void NormalizingTwiceChangesNothing()
    {
        var once = RestoreRules.Normalize(Full(Id(1)));

        AssertSameReflection(once, RestoreRules.Normalize(once));
    }
}
