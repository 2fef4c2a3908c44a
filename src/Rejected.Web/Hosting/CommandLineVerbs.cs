using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rejected.Web.Data;
using Rejected.Web.Journal;

namespace Rejected.Web.Hosting;

/// <summary>
/// What the command-line verbs do once the app's services are up. Each writes its file under a temporary name next to
/// the target and renames it into place only when it is complete, so a failure or Ctrl+C never leaves half a file.
/// </summary>
internal static class CommandLineVerbs
{
    // How long the backup waits for a write in progress to commit before it gives up.
    private const int BusyTimeoutMilliseconds = 30_000;

    public static async Task<string> ExportAsync(IServiceProvider services, ExportRequest request, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var userId = await FindUserAsync(provider.GetRequiredService<UserManager<ApplicationUser>>(), request.Email, ct);

        int reflections;
        await using (var db = await provider.GetRequiredService<IDbContextFactory<JournalDbContext>>().CreateForOwnerAsync(userId, ct))
        {
            reflections = await db.Rejections.CountAsync(ct);
        }

        var size = await WriteReplacingAsync(request.OutputPath, async temp =>
        {
            await using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true);
            if (request.Format == ExportFormat.Markdown)
            {
                var exporter = provider.GetRequiredService<JournalExportService>();
                await exporter.WriteArchiveAsync(userId, stream, request.Redact, ct);
            }
            else
            {
                await provider.GetRequiredService<BackupService>().ExportBackupAsync(userId, stream, ct);
            }

            await stream.FlushAsync(ct);
            stream.Flush(flushToDisk: true);
        }, ct);

        var what = request.Format == ExportFormat.Markdown
            ? "a zip of Markdown files" + (request.Redact ? ", companies and people redacted" : "")
            : "a JSON backup";
        return string.Create(CultureInfo.InvariantCulture, $"Wrote {request.OutputPath} ({size:N0} bytes): {reflections:N0} {(reflections == 1 ? "reflection" : "reflections")} of {request.Email}, as {what}.");
    }

    public static async Task<string> BackupAsync(DataPaths paths, BackupRequest request, CancellationToken ct)
    {
        // Never creates the source: a missing file is an error, not an empty backup. Unpooled connections so every
        // file is closed when the copy is moved into place.
        var source = new SqliteConnectionStringBuilder(paths.ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var from = new SqliteConnection(source.ToString());
        await from.OpenAsync(ct);
        await ExecuteAsync(from, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}", ct);

        var pages = 0L;
        var size = await WriteReplacingAsync(request.OutputPath, async temp =>
        {
            var target = new SqliteConnectionStringBuilder { DataSource = temp, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
            await using var to = new SqliteConnection(target.ToString());
            await to.OpenAsync(ct);

            // SQLite's online backup copies every page in one step under a read lock on the source, so the copy is one
            // consistent moment of the database. App writes meanwhile wait for it (in rollback-journal mode) or go on
            // (in WAL mode); none is lost or half copied.
            from.BackupDatabase(to);
            ct.ThrowIfCancellationRequested();

            var check = Convert.ToString(await ScalarAsync(to, "PRAGMA quick_check", ct), CultureInfo.InvariantCulture);
            if (check != "ok")
            {
                throw new CommandLineException($"The copy failed SQLite's quick_check ({check}); nothing was written.");
            }

            pages = Convert.ToInt64(await ScalarAsync(to, "PRAGMA page_count", ct), CultureInfo.InvariantCulture);
        }, ct);

        return string.Create(CultureInfo.InvariantCulture, $"Wrote {request.OutputPath} ({size:N0} bytes, {pages:N0} pages): a backup of {source.DataSource}.");
    }

    // By the normalized e-mail, as sign-in finds accounts. Identity does not require unique e-mails here, so two
    // accounts sharing one are reported rather than one picked at random.
    private static async Task<string> FindUserAsync(UserManager<ApplicationUser> users, string email, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(email);
        var ids = await users.Users.Where(u => u.NormalizedEmail == normalized).OrderBy(u => u.Id).Select(u => u.Id).Take(2).ToListAsync(ct);
        return ids.Count switch
        {
            0 => throw new CommandLineException($"No account has the e-mail {email}."),
            1 => ids[0],
            _ => throw new CommandLineException($"More than one account has the e-mail {email}; export them in the app instead."),
        };
    }

    // Writes through a temporary file beside the target, then renames it over the target in one step. Whatever fails,
    // the temporary file and any SQLite side files are removed and the target is left as it was.
    private static async Task<long> WriteReplacingAsync(string path, Func<string, Task> write, CancellationToken ct)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await write(temp);
            ct.ThrowIfCancellationRequested();
            File.Move(temp, path, overwrite: true);
            return new FileInfo(path).Length;
        }
        finally
        {
            foreach (var leftover in new[] { temp, temp + "-journal", temp + "-wal", temp + "-shm" })
            {
                File.Delete(leftover);
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
