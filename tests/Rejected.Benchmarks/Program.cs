using System.Globalization;
using Rejected.Benchmarks;

// dotnet run -c Release --project tests/Rejected.Benchmarks -- seed --users 100 --reflections 100 --heavy-entries 100000 --db /tmp/rejected-bench.db
// dotnet run -c Release --project tests/Rejected.Benchmarks -- measure --db /tmp/rejected-bench.db --iterations 400 --out docs/performance-results.md
// dotnet run -c Release --project tests/Rejected.Benchmarks -- seed --users 2 --reflections 100 --heavy-entries 60000 --all-tools --db /tmp/rejected-export.db
// dotnet run -c Release --project tests/Rejected.Benchmarks -- export --db /tmp/rejected-export.db --runs 3
var command = args.FirstOrDefault() ?? "help";
string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, "--" + name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

int Number(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

var database = Path.GetFullPath(Option("db", Path.Combine(Path.GetTempPath(), "rejected-bench.db")));
switch (command)
{
    case "seed":
        await Seeder.RunAsync(database, Number("users", 100), Number("reflections", 100), Number("heavy-entries", 100_000));
        if (args.Contains("--all-tools"))
        {
            await ToolFiller.FillAsync(database, Seeder.UserId(0));
        }

        break;
    case "measure":
        var report = await Harness.RunAsync(database, Number("iterations", 400));
        var output = Option("out", "");
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, report);
            Console.WriteLine($"Wrote {output}");
        }

        break;
    case "export":
        var exportReport = await ExportBenchmark.RunAsync(database, Number("runs", 3), Option("gc", "server,workstation").Split(','));
        if (Option("out", "") is { Length: > 0 } exportOutput)
        {
            await File.WriteAllTextAsync(exportOutput, exportReport);
            Console.WriteLine($"Wrote {exportOutput}");
        }

        break;
    case "export-once":
        await ExportBenchmark.MeasureOnceAsync(database, Option("format", "zip"), Option("file", Path.Combine(Path.GetTempPath(), "rejected-export-once")));
        break;
    default:
        Console.WriteLine("usage: seed [--users N] [--reflections N] [--heavy-entries N] [--all-tools] [--db PATH] | measure [--db PATH] [--iterations N] [--out FILE]");
        Console.WriteLine("     | export [--db PATH] [--runs N] [--gc server,workstation] [--out FILE]");
        break;
}
