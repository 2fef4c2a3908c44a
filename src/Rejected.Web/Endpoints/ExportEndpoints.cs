using System.Security.Claims;
using System.Text;
using Rejected.Core.Export;
using Rejected.Web.Journal;

namespace Rejected.Web.Endpoints;

public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/journal/{id:int}/export.md", ExportMarkdownAsync)
            .RequireAuthorization()
            .WithName("ExportReflectionMarkdown");
        return endpoints;
    }

    private static async Task<IResult> ExportMarkdownAsync(
        int id, ClaimsPrincipal user, ReflectionService reflections, TimeProvider clock, CancellationToken ct)
    {
        var rejection = await reflections.GetAsync(user.GetUserId(), id, ct);
        if (rejection is null)
        {
            return Results.NotFound();
        }

        var markdown = ReflectionMarkdown.Write(rejection, clock.GetUtcNow());
        return Results.File(
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(markdown),
            ReflectionMarkdown.ContentType,
            ExportFileName.For(rejection));
    }
}
