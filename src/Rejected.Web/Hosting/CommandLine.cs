using Microsoft.Data.Sqlite;

namespace Rejected.Web.Hosting;

/// <summary>
/// The app's command-line verbs (export, backup; see <see cref="CommandLineRequest.Usage"/>). They build the same
/// configuration and services as the web app and bring the database up to date as start-up does, but never start
/// the web server, so they can run beside a serving app.
/// </summary>
public static class CommandLine
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    /// <summary>Whether <paramref name="args"/> start with a command; anything else is the web app's settings.</summary>
    public static bool IsCommand(string[] args) => CommandLineRequest.IsCommand(args);

    /// <summary>Runs a command on the console; Ctrl+C cancels it and leaves no file behind.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            return await RunAsync(args, Console.Out, Console.Error, configure: null, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>
    /// Runs a command. What it did goes to <paramref name="output"/>, problems and the usage text to
    /// <paramref name="error"/> (the app's console log, warnings and errors only, to standard error).
    /// <paramref name="configure"/> lets tests point the builder elsewhere before the app's services are added.
    /// </summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var request = CommandLineRequest.Parse(args);
        if (request is UsageRequest usage)
        {
            return await UsageAsync(error, usage.Problem);
        }

        WebApplication app;
        try
        {
            app = BuildApp(configure);
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"The app's settings could not be loaded: {e.Message}");
            return Failed;
        }

        await using (app)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CommandLine));
            try
            {
                var paths = app.Services.GetRequiredService<DataPaths>();
                var database = DatabaseFile(paths);
                if (database is null)
                {
                    await error.WriteLineAsync("ConnectionStrings:Journal names an in-memory database: there is nothing to export or back up.");
                    return Failed;
                }

                var outputPath = request is ExportRequest export ? export.OutputPath : ((BackupRequest)request).OutputPath;
                if (IsDatabaseFile(outputPath, database))
                {
                    return await UsageAsync(error, $"--out {outputPath} is the database or one of its files; choose another file.");
                }

                // Start-up creates a missing database; a command would only export or copy an empty one, which hides
                // a wrong path or setting, so it stops here instead.
                if (!File.Exists(database))
                {
                    await error.WriteLineAsync($"There is no database at {database}. Check ConnectionStrings:Journal, or start the app once to create it.");
                    return Failed;
                }

                await DatabaseMigrator.MigrateAsync(app.Services, ct);
                var done = request switch
                {
                    ExportRequest e => await CommandLineVerbs.ExportAsync(app.Services, e, ct),
                    BackupRequest b => await CommandLineVerbs.BackupAsync(paths, b, ct),
                    _ => throw new InvalidOperationException($"No handler for {request.GetType().Name}."),
                };
                logger.LogInformation("Command finished: {Result}", done);
                await output.WriteLineAsync(done);
                return Succeeded;
            }
            catch (CommandLineException e)
            {
                await error.WriteLineAsync(e.Message);
                return Failed;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await error.WriteLineAsync("Cancelled; nothing was written.");
                return Failed;
            }
            catch (Exception e)
            {
                // The full exception goes to the log; the person at the console gets its message.
                logger.LogError(e, "Command {Command} failed", args[0]);
                await error.WriteLineAsync($"{args[0]} failed, nothing was written: {e.Message}");
                return Failed;
            }
        }
    }

    private static WebApplication BuildApp(Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CommandLine).Assembly.GetName().Name,
            Args = [],
        });

        // A command's result goes to stdout, where a script can take it. The app's console log goes to stderr and only
        // with warnings and errors; the log file still gets everything.
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (sink["Name"] == "Console")
            {
                sink["Args:standardErrorFromLevel"] = "Verbose";
                sink["Args:restrictedToMinimumLevel"] = "Warning";
            }
        }

        configure?.Invoke(builder);
        builder.AddRejected();
        return builder.Build();
    }

    private static async Task<int> UsageAsync(TextWriter error, string? problem)
    {
        if (problem is not null)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync();
        }

        await error.WriteLineAsync(CommandLineRequest.Usage);
        return BadUsage;
    }

    // The database's full path, or null when it is not a file (an in-memory database).
    private static string? DatabaseFile(DataPaths paths)
    {
        var connection = new SqliteConnectionStringBuilder(paths.ConnectionString);
        return connection.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(connection.DataSource) || connection.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(connection.DataSource);
    }

    // Replacing the database, its write-ahead log or its journal under a running app would corrupt it.
    private static bool IsDatabaseFile(string path, string database)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return new[] { "", "-wal", "-shm", "-journal" }.Any(suffix => string.Equals(path, database + suffix, comparison));
    }
}

/// <summary>A command that could not do what was asked, with a message for the person who ran it.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
