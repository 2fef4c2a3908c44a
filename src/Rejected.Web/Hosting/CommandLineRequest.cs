namespace Rejected.Web.Hosting;

/// <summary>What a command line asks for, read and checked before anything touches the database.</summary>
internal abstract record CommandLineRequest
{
    public const string Usage = """
        Usage: dotnet run --project src/Rejected.Web -- COMMAND [OPTIONS]
           or: Rejected.Web COMMAND [OPTIONS]       (a published build)

        Commands:
          export --user EMAIL --format md|json --out PATH [--redact]
              Writes the whole journal of the account with that e-mail to PATH.
              md:   a .zip of Markdown files, the same as "Export all" in the app.
                    --redact replaces companies and people with placeholders, for sharing.
              json: the backup that can be restored into an account.
          backup --out FILE
              Copies the database to FILE with SQLite's online backup: a consistent
              copy, safe to take while the app is running.
          help
              Shows this text.

        The database and settings are the app's: appsettings.json, appsettings.{Environment}.json
        and environment variables (ASPNETCORE_ENVIRONMENT, ConnectionStrings__Journal).
        Relative paths are resolved against the current directory; `dotnet run` runs in
        src/Rejected.Web, so prefer absolute paths there. An existing file at PATH or FILE
        is replaced, and only once the new one is complete.

        Exit codes: 0 done, 1 failed (no such account, no database, an error while writing),
        2 a command line that can't be run (this text).
        """;

    private const string Export = "export";
    private const string Backup = "backup";

    // The options of each command, and whether each takes a value.
    private static readonly Dictionary<string, Dictionary<string, bool>> Options = new(StringComparer.Ordinal)
    {
        [Export] = new(StringComparer.Ordinal) { ["user"] = true, ["format"] = true, ["out"] = true, ["redact"] = false },
        [Backup] = new(StringComparer.Ordinal) { ["out"] = true },
    };

    private static readonly HashSet<string> HelpWords = new(["help", "--help", "-h", "-?"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the arguments start with a command rather than the web app's own settings ("--urls …", "key=value"),
    /// which the app keeps reading as configuration.
    /// </summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args.Count > 0
        && (HelpWords.Contains(args[0]) || (args[0].Length > 0 && args[0][0] is not ('-' or '/') && !args[0].Contains('=', StringComparison.Ordinal)));

    public static CommandLineRequest Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || HelpWords.Contains(args[0]))
        {
            return new UsageRequest(null);
        }

        var command = args[0];
        if (!Options.TryGetValue(command, out var known))
        {
            return new UsageRequest($"Unknown command '{command}'.");
        }

        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                return new UsageRequest($"Unexpected argument '{arg}'.");
            }

            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (!known.TryGetValue(name, out var takesValue))
            {
                return new UsageRequest($"{command} has no option --{name}.");
            }

            if (given.ContainsKey(name))
            {
                return new UsageRequest($"--{name} is given twice.");
            }

            if (!takesValue && value is not null)
            {
                return new UsageRequest($"--{name} takes no value.");
            }

            if (takesValue && value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return new UsageRequest($"--{name} needs a value.");
                }

                value = args[++i];
            }

            given[name] = value ?? "";
        }

        return command == Export ? ParseExport(given) : ParseBackup(given);
    }

    private static CommandLineRequest ParseExport(Dictionary<string, string> given)
    {
        if (!given.TryGetValue("user", out var email))
        {
            return new UsageRequest("export needs --user EMAIL: the e-mail of the account to export.");
        }

        email = email.Trim();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            return new UsageRequest($"'{email}' is not an e-mail address.");
        }

        if (!given.TryGetValue("format", out var formatName))
        {
            return new UsageRequest("export needs --format md or --format json.");
        }

        ExportFormat? format = formatName.ToLowerInvariant() switch
        {
            "md" => ExportFormat.Markdown,
            "json" => ExportFormat.Json,
            _ => null,
        };
        if (format is null)
        {
            return new UsageRequest($"--format is md or json, not '{formatName}'.");
        }

        var redact = given.ContainsKey("redact");
        if (redact && format == ExportFormat.Json)
        {
            return new UsageRequest("--redact goes with --format md only: a JSON backup always holds the journal as written.");
        }

        var (path, problem) = OutputPath(given, "export needs --out PATH: the file to write.");
        return problem is null ? new ExportRequest(email, format.Value, path, redact) : new UsageRequest(problem);
    }

    private static CommandLineRequest ParseBackup(Dictionary<string, string> given)
    {
        var (path, problem) = OutputPath(given, "backup needs --out FILE: where to write the copy of the database.");
        return problem is null ? new BackupRequest(path) : new UsageRequest(problem);
    }

    // The full path of --out, or why it can't be written to.
    private static (string Path, string? Problem) OutputPath(Dictionary<string, string> given, string whenMissing)
    {
        if (!given.TryGetValue("out", out var value))
        {
            return ("", whenMissing);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return ("", "--out needs a file path.");
        }

        string path;
        try
        {
            path = Path.GetFullPath(value);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ("", $"--out '{value}' is not a usable path: {e.Message}");
        }

        if (Directory.Exists(path))
        {
            return (path, $"--out {path} is a folder; give the name of a file in it.");
        }

        var folder = Path.GetDirectoryName(path);
        return folder is null || !Directory.Exists(folder)
            ? (path, $"The folder {folder ?? path} does not exist; create it first.")
            : (path, null);
    }
}

internal enum ExportFormat
{
    Markdown,
    Json,
}

/// <summary>export: one account's journal, as the Markdown archive or the JSON backup.</summary>
internal sealed record ExportRequest(string Email, ExportFormat Format, string OutputPath, bool Redact) : CommandLineRequest;

/// <summary>backup: a copy of the whole database.</summary>
internal sealed record BackupRequest(string OutputPath) : CommandLineRequest;

/// <summary>help (no problem), or a command line that can't be run and why.</summary>
internal sealed record UsageRequest(string? Problem) : CommandLineRequest;
