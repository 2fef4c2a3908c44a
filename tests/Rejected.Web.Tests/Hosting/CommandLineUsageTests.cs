using System.Globalization;
using Rejected.Web.Hosting;

namespace Rejected.Web.Tests.Hosting;

/// <summary>
/// Command lines that can't run are turned away before any settings are read or any database is opened, so these
/// need no app: only an empty folder that must stay empty.
/// </summary>
public sealed class CommandLineUsageTests : IDisposable
{
    private const string Ada = "ada@example.com";

    private readonly string folder = Directory.CreateTempSubdirectory("rejected-cli-usage-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string[], string> BadCommandLines() => new()
    {
        { ["frobnicate"], "Unknown command 'frobnicate'." },
        { ["export", "--format", "md", "--out", "{folder}/a.zip"], "export needs --user EMAIL" },
        { ["export", "--user", "--format", "md", "--out", "{folder}/a.zip"], "--user needs a value." },
        { ["export", "--user", "ada", "--format", "md", "--out", "{folder}/a.zip"], "'ada' is not an e-mail address." },
        { ["export", "--user", Ada, "--out", "{folder}/a.zip"], "export needs --format md or --format json." },
        { ["export", "--user", Ada, "--format", "pdf", "--out", "{folder}/a.pdf"], "--format is md or json, not 'pdf'." },
        { ["export", "--user", Ada, "--format", "json", "--redact", "--out", "{folder}/a.json"], "--redact goes with --format md only" },
        { ["export", "--user", Ada, "--format", "md"], "export needs --out PATH" },
        { ["export", "--user", Ada, "--format", "md", "--out", "{folder}/a.zip", "--colour", "red"], "export has no option --colour." },
        { ["export", "--user", Ada, "--format=md", "--redact=yes", "--out", "{folder}/a.zip"], "--redact takes no value." },
        { ["export", "--user", Ada, "--format", "md", "--out="], "--out needs a file path." },
        { ["backup"], "backup needs --out FILE" },
        { ["backup", "--out", "{folder}/a.db", "--out", "{folder}/b.db"], "--out is given twice." },
        { ["backup", "--out", "{folder}/a.db", "now"], "Unexpected argument 'now'." },
        { ["backup", "--out", "{folder}"], "is a folder; give the name of a file in it." },
        { ["backup", "--out", "{folder}/missing/a.db"], "/missing does not exist; create it first." },
    };

    [Theory]
    [InlineData(true, "export", "--user", "a@b.c")]
    [InlineData(true, "backup")]
    [InlineData(true, "frobnicate")]
    [InlineData(true, "help")]
    [InlineData(true, "--help")]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://localhost:5000")]
    [InlineData(false, "urls=http://localhost:5000")]
    [InlineData(false, "/environment", "Production")]
    public void OnlyACommandWordIsTakenForACommandAndTheWebAppKeepsItsSettings(bool isCommand, params string[] args) =>
        Assert.Equal(isCommand, CommandLine.IsCommand(args));

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public async Task ACommandLineThatCannotRunShowsTheProblemAndTheUsageWithExitCodeTwo(string[] args, string problem)
    {
        var (exitCode, output, error) = await RunAsync([.. args.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal))]);

        Assert.Equal((CommandLine.BadUsage, ""), (exitCode, output));
        Assert.Contains(problem, error.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("Usage: dotnet run --project src/Rejected.Web -- COMMAND [OPTIONS]", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task HelpShowsTheUsageWithExitCodeTwo()
    {
        var (exitCode, output, error) = await RunAsync("help");

        Assert.Equal((CommandLine.BadUsage, ""), (exitCode, output));
        Assert.StartsWith("Usage: ", error, StringComparison.Ordinal);
        Assert.Contains("export --user EMAIL --format md|json --out PATH [--redact]", error, StringComparison.Ordinal);
        Assert.Contains("backup --out FILE", error, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 done, 1 failed", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await CommandLine.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
