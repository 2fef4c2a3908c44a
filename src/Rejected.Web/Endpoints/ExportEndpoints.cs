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

    /// <summary>One reflection as Markdown; with <c>?redact=true</c>, with its names replaced for sharing.</summary>
    private static async Task<IResult> ExportMarkdownAsync(
        int id, ClaimsPrincipal user, JournalExportService export, CancellationToken ct, bool? redact = null)
    {
        var file = await export.ExportReflectionAsync(user.GetUserId(), id, redact == true, ct);
        if (file is null)
        {
            return Results.NotFound();
        }

        return Results.File(
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Text),
            ReflectionMarkdown.ContentType,
            file.FileName);
    }
}
