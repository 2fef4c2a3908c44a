using System.Security.Claims;
using Rejected.Core.Backup;
using Rejected.Web.Journal;

namespace Rejected.Web.Endpoints;

/// <summary>Downloads of the whole journal: the Markdown zip (plain or with names replaced) and the JSON backup. Both are streamed.</summary>
public static class JournalDataEndpoints
{
    public static IEndpointRouteBuilder MapJournalDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/journal/export.zip", ExportArchive)
            .RequireAuthorization()
            .WithName("ExportJournalArchive");
        endpoints.MapGet("/journal/backup.json", DownloadBackup)
            .RequireAuthorization()
            .WithName("DownloadJournalBackup");
        return endpoints;
    }

    private static IResult ExportArchive(
        ClaimsPrincipal user, JournalExportService export, TimeProvider clock, CancellationToken ct, bool? redact = null)
    {
        var userId = user.GetUserId();
        var redacted = redact == true;
        return Results.Stream(
            output => export.WriteArchiveAsync(userId, output, redacted, ct),
            JournalExportService.ArchiveContentType,
            JournalExportService.ArchiveFileName(clock.GetUtcNow(), redacted));
    }

    private static IResult DownloadBackup(ClaimsPrincipal user, BackupService backups, TimeProvider clock, CancellationToken ct)
    {
        var userId = user.GetUserId();
        return Results.Stream(
            output => backups.ExportBackupAsync(userId, output, ct),
            BackupFormat.ContentType,
            BackupFormat.FileName(clock.GetUtcNow()));
    }
}
