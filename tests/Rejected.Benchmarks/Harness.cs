using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rejected.Web.Data;
using Rejected.Web.Journal;

namespace Rejected.Benchmarks;

/// <summary>
/// Times the three operations with targets, server-side, against a seeded database: each is warmed up and
/// then run many times; p50/p95 come from the measured runs. Figures go to the console and, with --out,
/// to a Markdown report.
/// </summary>
public static class Harness
{
    private const int Warmup = 20;

    // What people search for: words from across the vocabulary's frequency ranks (so some match thousands of
    // entries and some a handful), a company, a prefix, two words and a phrase. Fixed, so runs compare.
    private static readonly (string Kind, string Query)[] Queries = BuildQueries();

    // Words in 40–70% of all entries, and a phrase with one of them: measured on their own, without a target.
    private static readonly string[] CommonQueries =
        [Seeder.Vocabulary[0], Seeder.Vocabulary[3], Seeder.Vocabulary[8], $"\"{Seeder.Vocabulary[160]} {Seeder.Vocabulary[0]}\""];

    private static (string Kind, string Query)[] BuildQueries()
    {
        var vocabulary = Seeder.Vocabulary;
        // Ranks from 150 on appear in under ~5% of entries, like the specific words people look for.
        int[] ranks = [150, 200, 300, 450, 600, 800, 1100, 1500, 2200, 3000, 3900];
        return
        [
            .. ranks.Select(r => ("a word", vocabulary[r])),
            ("a company", "Aurora Bank"),
            ("a prefix", vocabulary[300][..4] + "*"),
            ("two words", $"{vocabulary[170]} {vocabulary[900]}"),
            ("a phrase", "\"system design\""),
        ];
    }

    public static async Task<string> RunAsync(string databasePath, int iterations)
    {
        var options = JournalDbContextOptions.Standalone($"Data Source={databasePath}");
        var factory = new Factory(options);
        var userId = Seeder.UserId(0);
        var reflections = new ReflectionService(factory, TimeProvider.System);
        var search = new SearchService(factory);
        var insights = new InsightsService(factory);

        await using (var db = factory.CreateDbContext())
        {
            db.OwnerId = userId;
            Console.WriteLine($"Heavy user: {await db.Rejections.CountAsync():N0} reflections, {await db.JournalEntries.CountAsync():N0} entries");
        }

        var rows = new List<(string Name, Stats Stats, string Target)>();
        var searchStats = await MeasureAsync(iterations, i => search.SearchAsync(userId, Queries[i % Queries.Length].Query));
        rows.Add(("Search (FTS5, ranked, best 20 with snippets)", searchStats, "p95 ≤ 10 ms"));
        foreach (var kind in Queries.Select(q => q.Kind).Distinct())
        {
            var ofKind = Queries.Where(q => q.Kind == kind).Select(q => q.Query).ToList();
            rows.Add(($"… of which {kind}", await MeasureAsync(Math.Max(20, iterations / 4), i => search.SearchAsync(userId, ofKind[i % ofKind.Count])), "—"));
        }

        rows.Add(("Search for a very common word, or a phrase with one (in 40–70% of entries)", await MeasureAsync(Math.Max(20, iterations / 5), i => search.SearchAsync(userId, CommonQueries[i % CommonQueries.Length])), "—"));
        var likeStats = await MeasureAsync(Math.Max(10, iterations / 10), i => CountWithLikeAsync(factory, userId, Queries[i % 11].Query));
        rows.Add(("Search with LIKE '%word%' (for comparison)", likeStats, "—"));
        rows.Add(("Journal, first page (20 of all, newest first)", await MeasureAsync(iterations, _ => reflections.ListAsync(userId, new JournalQuery())), "p95 ≤ 30 ms"));
        rows.Add(("Journal, filtered (stage + not finished)", await MeasureAsync(iterations, _ => reflections.ListAsync(userId, new JournalQuery { Stage = Core.Reflections.InterviewStage.FinalLoop, Finished = false })), "—"));
        rows.Add(("Insights over all reflections", await MeasureAsync(Math.Max(10, iterations / 2), _ => insights.GetAsync(userId)), "p95 ≤ 100 ms"));

        var report = new StringBuilder();
        report.Append("| Operation | p50 (ms) | p95 (ms) | max (ms) | runs | target |\n|---|---:|---:|---:|---:|---|\n");
        foreach (var (name, stats, target) in rows)
        {
            report.Append(CultureInfo.InvariantCulture, $"| {name} | {stats.P50:0.00} | {stats.P95:0.00} | {stats.Max:0.00} | {stats.Runs} | {target} |\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"\nFTS5 is **{likeStats.P50 / searchStats.P50:0}×** faster than LIKE at the median ({searchStats.P50:0.00} ms vs {likeStats.P50:0.00} ms), ");
        report.Append(CultureInfo.InvariantCulture, $"**{likeStats.P95 / searchStats.P95:0}×** at p95.\n");
        Console.WriteLine(report);
        return report.ToString();
    }

    // The plain search FTS5 replaces, for the comparison: a LIKE scan over the user's journal text.
    private static async Task<int> CountWithLikeAsync(IDbContextFactory<JournalDbContext> factory, string userId, string word)
    {
        await using var db = await factory.CreateForOwnerAsync(userId, CancellationToken.None);
        return await db.JournalEntries.CountAsync(e => EF.Functions.Like(e.Text, "%" + word + "%"));
    }

    private static async Task<Stats> MeasureAsync<T>(int iterations, Func<int, Task<T>> operation)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await operation(i);
        }

        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation(i);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        return new Stats(Percentile(times, 0.50), Percentile(times, 0.95), times[^1], times.Count);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed record Stats(double P50, double P95, double Max, int Runs);

    private sealed class Factory(DbContextOptions<JournalDbContext> options) : IDbContextFactory<JournalDbContext>
    {
        public JournalDbContext CreateDbContext() => new(options);
    }
}
