using Microsoft.Extensions.DependencyInjection;
using Rejected.Core.Reflections;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Endpoints;

/// <summary>A journal whose facts, tools and text name companies and people, as the app itself saves it.</summary>
internal static class NamedJournal
{
    /// <summary>Every name the journal holds; a redacted export must hold none of them.</summary>
    public static readonly string[] Names = ["Contoso", "Fabrikam", "Northwind", "Mia", "Chen", "Zoë", "Jörg", "テスト"];

    /// <summary>
    /// Four reflections: one with every naming tool filled, a revisit note and names in its text; two for the same job on
    /// the same day (so the export must give them different file names); one in Japanese. Returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<int>> SeedAsync(RejectedAppFactory app, string userId)
    {
        var contoso = await app.CreateRejectionAsync(userId, "Contoso", "Backend Engineer");
        await app.SaveStepAsync(userId, contoso, ReflectionStep.CheckIn, new StepAnswer("Mia Chen called on Friday: Contoso said no.", Mood: 2));
        await app.SaveStepAsync(userId, contoso, ReflectionStep.Feedback, new StepAnswer("Ask Mia again; Zoë agrees.", Data: SampleTools.Feedback()));
        await app.SaveStepAsync(userId, contoso, ReflectionStep.Experience, new StepAnswer("Talk to Jörg first.", Data: SampleTools.Experience()));
        await app.SaveStepAsync(userId, contoso, ReflectionStep.RoleFit, new StepAnswer("Fabrikam pays better than Contoso.", Data: SampleTools.RoleFit()));
        await app.SaveStepAsync(userId, contoso, ReflectionStep.WrapUp, new StepAnswer(
            "Onwards.", Mood: 4, Takeaway: "Mia was kind about it.", RevisitOn: new DateOnly(2026, 6, 1)));
        using (var scope = app.Services.CreateScope())
        {
            var reflections = scope.ServiceProvider.GetRequiredService<ReflectionService>();
            var (result, _) = await reflections.SaveRevisitAsync(userId, contoso, null, "Contoso wrote back: maybe next year.", 0);
            Assert.Equal(SaveStatus.Saved, result.Status);
        }

        var first = await app.CreateRejectionAsync(userId, "Northwind Traders", "Data Analyst");
        await app.SaveStepAsync(userId, first, ReflectionStep.CheckIn, new StepAnswer("First round at Northwind Traders.", Mood: 3));
        var second = await app.CreateRejectionAsync(userId, "Northwind Traders", "Data Analyst");
        var japanese = await app.CreateRejectionAsync(userId, "株式会社テスト", "デザイナー");
        return [contoso, first, second, japanese];
    }
}
