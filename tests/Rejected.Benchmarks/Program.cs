using System.Globalization;
using Rejected.Benchmarks;

// dotnet run -c Release --project tests/Rejected.Benchmarks -- seed --users 100 --reflections 100 --heavy-entries 100000 --db /tmp/rejected-bench.db
// dotnet run -c Release --project tests/Rejected.Benchmarks -- measure --db /tmp/rejected-bench.db --iterations 400 --out docs/performance-results.md
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
    default:
        Console.WriteLine("usage: seed [--users N] [--reflections N] [--heavy-entries N] [--db PATH] | measure [--db PATH] [--iterations N] [--out FILE]");
        break;
}
