using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;

namespace Rejected.Benchmarks;

/// <summary>
/// Fills the tools <see cref="Seeder"/> leaves empty (change triage, role fit, wrap-up's other groups) for one user,
/// deterministically, so an export carries every tool of every step. Run after seeding (seed --all-tools).
/// </summary>
public static class ToolFiller
{
    private static readonly string[] Companies = ["Aurora Bank", "Cobalt Systems", "Fjord Cloud", "Kestrel Labs", "Nimbus Data", "Tidal Payments"];

    private static readonly string[] Teams = ["Platform team", "Payments", "Data platform", "Developer experience", "Growth", "Security"];

    public static async Task FillAsync(string databasePath, string userId)
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(Seeder.Seed + 1);
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        var empty = new List<(long Id, ReflectionStep Step)>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = """
                SELECT "Id", "Step" FROM "JournalEntries"
                WHERE "OwnerId" = $owner AND "Data" IS NULL AND "Step" IN (2, 4, 5)
                ORDER BY "Id"
                """;
            select.Parameters.AddWithValue("$owner", userId);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                empty.Add((reader.GetInt64(0), (ReflectionStep)reader.GetInt32(1)));
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE \"JournalEntries\" SET \"Data\" = $data WHERE \"Id\" = $id";
        var data = update.Parameters.Add("$data", SqliteType.Text);
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        foreach (var (entryId, step) in empty)
        {
            data.Value = Tool(step, random).ToJson();
            id.Value = entryId;
            await update.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        Console.WriteLine($"Filled {empty.Count:N0} more tools for {userId} in {stopwatch.Elapsed.TotalSeconds:0.0}s");
    }

    private static StepData Tool(ReflectionStep step, Random random) => step switch
    {
        ReflectionStep.Priorities => new PrioritiesData
        {
            Changes = Enumerable.Range(0, random.Next(1, 5)).Select(_ => new CandidateChange
            {
                Id = Id(random),
                Title = Sentence(random, random.Next(4, 9)),
                Kind = (ChangeKind)random.Next(0, 7),
                Feasibility = random.Next(1, 6),
                Impact = random.Next(1, 6),
                Decision = (ChangeDecision)random.Next(0, 3),
            }).ToList(),
        },
        ReflectionStep.RoleFit => new RoleFitData
        {
            Appealed = Items(random, random.Next(1, 4)),
            DidNotAppeal = Items(random, random.Next(0, 3)),
            Verdict = (FitVerdict)random.Next(0, 3),
            VerdictWhy = Sentence(random, random.Next(10, 25)),
            WantVsFit = Sentence(random, random.Next(10, 25)),
            Levels = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new LevelComparison
            {
                Id = Id(random),
                Company = Companies[random.Next(Companies.Length)],
                Title = "Senior Engineer",
                Scope = Sentence(random, 6),
                YourRead = Sentence(random, 8),
            }).ToList(),
            Variations = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new RoleVariation
            {
                Id = Id(random),
                Company = Companies[random.Next(Companies.Length)],
                TeamOrRole = Teams[random.Next(Teams.Length)],
            }).ToList(),
        },
        ReflectionStep.WrapUp => new WrapUpData { OtherGroups = Items(random, random.Next(1, 3)) },
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Seeder fills this step's tool itself."),
    };

    private static List<TextItem> Items(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => new TextItem { Id = Id(random), Text = Sentence(random, random.Next(3, 10)) }).ToList();

    private static Guid Id(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    // Words from the seeder's vocabulary, its commoner half, as people write tool items.
    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(Seeder.Vocabulary[random.Next(Seeder.Vocabulary.Length / 2)]);
        }

        return text.ToString();
    }
}
