using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rejected.Web.Data;
using Rejected.Web.Journal;

namespace Rejected.Benchmarks;

/// <summary>
/// Times the whole-journal exports of the seeded heavy user (user 0) and measures their memory. Every measurement runs
/// in a fresh process (<see cref="MeasureOnceAsync"/>), so the peaks belong to that one export: the runtime's start-up,
/// the first queries' compilation and JIT included, as the first export after starting the app or the command line has.
/// </summary>
public static class ExportBenchmark
{
    private const string ResultPrefix = "RESULT ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The exports measured: name, format for <see cref="MeasureOnceAsync"/>, what the app calls.</summary>
    private static readonly (string Format, string Name)[] Exports =
    [
        ("zip", "Markdown zip (`JournalExportService.WriteArchiveAsync`)"),
        ("zip-redacted", "Markdown zip, redacted (`WriteArchiveAsync(redact: true)`)"),
        ("json", "JSON backup (`BackupService.ExportBackupAsync`)"),
    ];

    public static async Task<string> RunAsync(string databasePath, int runs, IReadOnlyList<string> gcModes)
    {
        var data = await DescribeAsync(databasePath);
        Console.WriteLine(data);
        var loadBefore = LoadAverage();
        var results = new Dictionary<(string Format, string Gc), List<Measurement>>();
        foreach (var (format, _) in Exports)
        {
            foreach (var gc in gcModes)
            {
                var measured = results[(format, gc)] = [];
                for (var run = 0; run < runs; run++)
                {
                    var m = await MeasureInChildAsync(databasePath, format, gc);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {format} ({gc} GC) run {run + 1}: {m.Seconds:0.00} s, {Mib(m.AllocatedBytes)} allocated, {Mib(m.PeakHeapBytes)} heap, {Mib(m.PeakWorkingSetBytes)} working set"));
                    measured.Add(m);
                }
            }
        }

        // What an export writes and allocates is the code's doing, not the GC's; the workstation GC's count is taken
        // because under the server GC (with its dynamic heap count) GC.GetTotalAllocatedBytes came out low in some runs.
        var countedGc = gcModes.Contains("workstation") ? "workstation" : gcModes[0];
        var report = new StringBuilder();
        report.Append(data).Append("\n\n| Export | output | allocated |\n|---|---:|---:|\n");
        foreach (var (format, name) in Exports)
        {
            var measured = results[(format, countedGc)];
            report.Append(CultureInfo.InvariantCulture, $"| {name} | {Mib(Median(measured, r => r.OutputBytes))} | {Mib(Median(measured, r => r.AllocatedBytes))} |\n");
        }

        report.Append("\n| Export | GC | time, median (min–max) | peak managed heap | peak working set (process) |\n|---|---|---:|---:|---:|\n");
        foreach (var (format, name) in Exports)
        {
            foreach (var gc in gcModes)
            {
                var measured = results[(format, gc)];
                var seconds = measured.Select(r => r.Seconds).Order().ToList();
                report.Append(CultureInfo.InvariantCulture, $"| {name} | {gc} | {seconds[seconds.Count / 2]:0.00} s ({seconds[0]:0.00}–{seconds[^1]:0.00}) ");
                report.Append(CultureInfo.InvariantCulture, $"| {Mib(Median(measured, r => r.PeakHeapBytes))} ");
                report.Append(CultureInfo.InvariantCulture, $"| {Mib(Median(measured, r => r.PeakWorkingSetBytes))} (at start {Mib(Median(measured, r => r.StartWorkingSetBytes))}) |\n");
            }
        }

        report.Append(CultureInfo.InvariantCulture, $"\nMedians of {runs} run(s) each, every run a fresh process. Allocated: {countedGc} GC runs. ");
        report.Append(CultureInfo.InvariantCulture, $"Load average (1 min) before: {loadBefore}, after: {LoadAverage()}.\n");
        Console.WriteLine(report);
        return report.ToString();
    }

    // Other work on the machine slows the timings; the report says how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>One export in this process; prints its measurement as a line the parent reads.</summary>
    public static async Task MeasureOnceAsync(string databasePath, string format, string outputPath)
    {
        var factory = new Factory(JournalDbContextOptions.Standalone($"Data Source={databasePath}"));
        var userId = Seeder.UserId(0);
        Func<Stream, Task> export = format switch
        {
            "zip" => output => new JournalExportService(factory, TimeProvider.System).WriteArchiveAsync(userId, output, redact: false),
            "zip-redacted" => output => new JournalExportService(factory, TimeProvider.System).WriteArchiveAsync(userId, output, redact: true),
            "json" => output => new BackupService(factory, TimeProvider.System).ExportBackupAsync(userId, output),
            _ => throw new ArgumentException($"Unknown format '{format}'.", nameof(format)),
        };

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var startWorkingSet = process.WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = GC.CollectionCount(0);

        using var sampler = new PeakSampler();
        var start = Stopwatch.GetTimestamp();
        await using (var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await export(output);
            await output.FlushAsync();
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        var peakHeap = sampler.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();

        var measurement = new Measurement(
            elapsed.TotalSeconds,
            new FileInfo(outputPath).Length,
            allocated,
            peakHeap,
            startWorkingSet,
            process.PeakWorkingSet64,
            GC.CollectionCount(0) - collectionsBefore,
            GCSettings.IsServerGC);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(measurement, Json));
    }

    private static async Task<Measurement> MeasureInChildAsync(string databasePath, string format, string gc)
    {
        var output = Path.Combine(Path.GetTempPath(), $"rejected-export-bench-{Guid.NewGuid():N}.{(format == "json" ? "json" : "zip")}");
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExportBenchmark).Assembly.Location);
        }

        foreach (var arg in new[] { "export-once", "--db", databasePath, "--format", format, "--file", output })
        {
            start.ArgumentList.Add(arg);
        }

        // The app runs with the server GC (the Web SDK's default); the benchmark project itself does not.
        start.Environment["DOTNET_gcServer"] = gc == "server" ? "1" : "0";
        try
        {
            using var child = Process.Start(start) ?? throw new InvalidOperationException("The measuring process did not start.");
            var stdout = child.StandardOutput.ReadToEndAsync();
            var stderr = child.StandardError.ReadToEndAsync();
            await child.WaitForExitAsync();
            var line = (await stdout).Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
            if (child.ExitCode != 0 || line is null)
            {
                throw new InvalidOperationException($"The {format} export failed (exit {child.ExitCode}): {await stderr}");
            }

            var measurement = JsonSerializer.Deserialize<Measurement>(line[ResultPrefix.Length..], Json)!;
            return measurement.IsServerGc == (gc == "server")
                ? measurement
                : throw new InvalidOperationException($"The measuring process did not run with the {gc} GC.");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static async Task<string> DescribeAsync(string databasePath)
    {
        var userId = Seeder.UserId(0);
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT
                (SELECT COUNT(*) FROM "Rejections" WHERE "OwnerId" = $owner),
                COUNT(*),
                SUM(length(CAST("Text" AS BLOB))),
                SUM(length(CAST(coalesce("Data", '') AS BLOB))),
                SUM("Data" IS NOT NULL)
            FROM "JournalEntries" WHERE "OwnerId" = $owner
            """;
        command.Parameters.AddWithValue("$owner", userId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Create(CultureInfo.InvariantCulture, $"""
            Measured user: {reader.GetInt64(0):N0} reflections, {reader.GetInt64(1):N0} journal entries, {Mib(reader.GetInt64(2))} of journal text and {Mib(reader.GetInt64(3))} of tool JSON ({reader.GetInt64(4):N0} entries with a tool); database file {Mib(new FileInfo(databasePath).Length)}.
            """);
    }

    private static long Median(List<Measurement> results, Func<Measurement, long> value)
    {
        var sorted = results.Select(value).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MiB");

    private sealed record Measurement(
        double Seconds,
        long OutputBytes,
        long AllocatedBytes,
        long PeakHeapBytes,
        long StartWorkingSetBytes,
        long PeakWorkingSetBytes,
        int Gen0Collections,
        bool IsServerGc);

    /// <summary>
    /// The most the managed heap held while running: GC.GetTotalMemory(false) (live objects plus garbage not yet
    /// collected), read every millisecond on a thread of its own.
    /// </summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread thread;
        private readonly ManualResetEventSlim stopped = new();
        private long peak = GC.GetTotalMemory(forceFullCollection: false);

        public PeakSampler()
        {
            // One sample per millisecond until stopped; the wait ends at once when Stop is called.
            thread = new Thread(() =>
            {
                do
                {
                    Sample();
                }
                while (!stopped.Wait(TimeSpan.FromMilliseconds(1)));
            })
            { IsBackground = true, Name = "Heap sampler" };
            thread.Start();
        }

        public long Stop()
        {
            stopped.Set();
            thread.Join();
            Sample();
            return peak;
        }

        public void Dispose()
        {
            stopped.Set();
            thread.Join();
            stopped.Dispose();
        }

        private void Sample() => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
    }

    private sealed class Factory(DbContextOptions<JournalDbContext> options) : IDbContextFactory<JournalDbContext>
    {
        public JournalDbContext CreateDbContext() => new(options);
    }
}
