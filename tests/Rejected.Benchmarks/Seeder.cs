using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using Rejected.Web.Data;

namespace Rejected.Benchmarks;

/// <summary>
/// Fills a database with realistic, deterministic journals: the same arguments always give the same data.
/// User 0 is the "heavy" user measured by the benchmark; the others make the tables (and the search index)
/// as crowded as a shared server's.
/// </summary>
public static class Seeder
{
    public const int Seed = 20261126;

    private static readonly string[] Companies =
    [
        "Aurora Bank", "Borealis Health", "Cobalt Systems", "Dune Logistics", "Ember Games", "Fjord Cloud", "Granite Insurance",
        "Harbor Media", "Iris Robotics", "Juniper Retail", "Kestrel Labs", "Lumen Energy", "Meridian Travel", "Nimbus Data",
        "Orchid Pharma", "Pioneer Foods", "Quartz Security", "Redwood Analytics", "Summit Education", "Tidal Payments",
    ];

    private static readonly string[] Roles =
    [
        "Backend Engineer", "Data Analyst", "Product Designer", "Engineering Manager", "Site Reliability Engineer",
        "Frontend Engineer", "Product Manager", "QA Lead", "Data Scientist", "Platform Engineer",
    ];

    private static readonly string[] Levels = ["Junior", "Mid", "Senior", "Staff", "Principal", "L4", "L5", "L6"];

    private static readonly string[] Tags = ["remote", "referral", "dream job", "startup", "enterprise", "relocation", "contract", "fintech"];

    private static readonly string[] Words =
    (
        "feedback interview design system answers structure communication stakeholder experience leadership ownership "
        + "project release migration architecture scaling database testing deployment pipeline mentoring coaching "
        + "presentation clarity confidence examples metrics impact tradeoffs priorities roadmap planning estimation "
        + "collaboration conflict negotiation recruiter manager panel whiteboard coding algorithm debugging incident "
        + "postmortem on-call security privacy accessibility performance latency caching observability monitoring "
        + "certification degree course practice portfolio network referral salary level scope expectations growth "
        + "learning reading writing storytelling listening curiosity resilience patience motivation energy calm "
        + "weekend morning journal notes reflection progress habit routine goal milestone deadline calendar"
    ).Split(' ');

    // Real writing has a long tail of words: a few are everywhere, most are rare. The vocabulary is the domain
    // words above plus made-up words from syllables, and words are drawn with Zipf-like weights (rank^-1).
    private static readonly string[] Syllables =
        "ka lo mi ra ve to sen dar pel quo ri na bel cor fin gra hal jun lis mor nev pas rin sol tam vir wen zel".Split(' ');

    public static readonly string[] Vocabulary = BuildVocabulary(4_000);

    private static readonly double[] CumulativeWeights = BuildWeights(Vocabulary.Length);

    private static readonly string[] Feedback =
    [
        "System design answers lacked structure", "Needed more stakeholder communication examples", "Strong coding but little leadership",
        "Answers about impact were vague", "Came across as too forceful in the panel", "Not enough experience with distributed systems",
        "Great culture fit but limited scope so far", "Wanted a certification in cloud security", "Estimation exercise felt rushed",
        "Portfolio did not show end to end ownership",
    ];

    public static async Task RunAsync(string databasePath, int users, int reflectionsPerUser, int heavyEntries)
    {
        var stopwatch = Stopwatch.StartNew();
        if (File.Exists(databasePath))
        {
            File.Delete(databasePath);
        }

        var connectionString = $"Data Source={databasePath}";
        var options = JournalDbContextOptions.Standalone(connectionString);
        await using (var db = new JournalDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var random = new Random(Seed);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        var epoch = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var totalEntries = 0;
        for (var u = 0; u < users; u++)
        {
            var userId = UserId(u);
            var reflections = u == 0 ? (heavyEntries + 5) / 6 : reflectionsPerUser;
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await InsertUserAsync(connection, transaction, userId, u);
            for (var r = 0; r < reflections; r++)
            {
                totalEntries += await InsertReflectionAsync(connection, transaction, random, userId, epoch.AddHours(r * 3 + u), u == 0 ? heavyEntries - totalEntries : 6);
            }

            await transaction.CommitAsync();
            if (u == 0 || (u + 1) % 10 == 0)
            {
                Console.WriteLine($"  user {u + 1}/{users}: {totalEntries:N0} entries so far ({stopwatch.Elapsed.TotalSeconds:0}s)");
            }
        }

        await using (var optimize = connection.CreateCommand())
        {
            optimize.CommandText = "INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES ('optimize'); PRAGMA optimize; ANALYZE;";
            await optimize.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Seeded {users} users, {totalEntries:N0} journal entries in {stopwatch.Elapsed.TotalSeconds:0.0}s: {databasePath}");
    }

    public static string UserId(int index) => $"00000000-0000-4000-8000-{index:D12}";

    private static async Task InsertUserAsync(SqliteConnection connection, SqliteTransaction transaction, string userId, int index)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ($id, $name, upper($name), $name, upper($name), 1, $id, $id, 0, 0, 1, 0)
            """;
        command.Parameters.AddWithValue("$id", userId);
        command.Parameters.AddWithValue("$name", $"user{index}@example.test");
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> InsertReflectionAsync(
        SqliteConnection connection, SqliteTransaction transaction, Random random, string userId, DateTimeOffset created, int entriesLeft)
    {
        var decided = DateOnly.FromDateTime(created.UtcDateTime).AddDays(-random.Next(0, 5));
        var tags = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct().ToList();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Rejections" ("OwnerId", "Company", "RoleTitle", "Level", "Team", "Stage", "DecidedOn", "Communication", "Tags",
                "CompletedSteps", "FinishedAt", "CreatedAt", "UpdatedAt", "ExternalId")
            VALUES ($owner, $company, $role, $level, NULL, $stage, $decided, $channel, $tags, 0, NULL, $created, $created, $external)
            RETURNING "Id"
            """;
        insert.Parameters.AddWithValue("$owner", userId);
        insert.Parameters.AddWithValue("$company", Companies[random.Next(Companies.Length)]);
        insert.Parameters.AddWithValue("$role", Roles[random.Next(Roles.Length)]);
        insert.Parameters.AddWithValue("$level", Levels[random.Next(Levels.Length)]);
        insert.Parameters.AddWithValue("$stage", random.Next(0, 6));
        insert.Parameters.AddWithValue("$decided", decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$channel", random.Next(0, 7));
        insert.Parameters.AddWithValue("$tags", System.Text.Json.JsonSerializer.Serialize(tags));
        insert.Parameters.AddWithValue("$created", Binary(created));
        var externalId = new byte[16];
        random.NextBytes(externalId);
        insert.Parameters.AddWithValue("$external", new Guid(externalId).ToString().ToUpperInvariant());
        var rejectionId = Convert.ToInt32(await insert.ExecuteScalarAsync(), CultureInfo.InvariantCulture);

        var steps = Math.Min(6, Math.Max(0, entriesLeft));
        var done = 0;
        for (var step = 0; step < steps; step++)
        {
            var entry = Entry((ReflectionStep)step, random, decided);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO "JournalEntries" ("RejectionId", "OwnerId", "Step", "Text", "Mood", "Takeaway", "RevisitOn", "Data", "Themes", "CreatedAt", "UpdatedAt", "Version")
                VALUES ($rejection, $owner, $step, $text, $mood, $takeaway, $revisit, $data, $themes, $created, $created, 1)
                """;
            command.Parameters.AddWithValue("$rejection", rejectionId);
            command.Parameters.AddWithValue("$owner", userId);
            command.Parameters.AddWithValue("$step", step);
            command.Parameters.AddWithValue("$text", entry.Text);
            command.Parameters.AddWithValue("$mood", (object?)entry.Mood ?? DBNull.Value);
            command.Parameters.AddWithValue("$takeaway", (object?)entry.Takeaway ?? DBNull.Value);
            command.Parameters.AddWithValue("$revisit", (object?)entry.RevisitOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            command.Parameters.AddWithValue("$data", (object?)entry.Data ?? DBNull.Value);
            // What JournalDbContext stores on save, for the insight tally triggers.
            command.Parameters.AddWithValue("$themes", entry.Step == ReflectionStep.Feedback && entry.Data is not null ? InsightTallySql.ThemesOf(entry.Data) : DBNull.Value);
            command.Parameters.AddWithValue("$created", Binary(created.AddDays(step)));
            await command.ExecuteNonQueryAsync();
            if (StepGuide.IsComplete(entry.Step, entry))
            {
                done++;
            }
        }

        await using var progress = connection.CreateCommand();
        progress.Transaction = transaction;
        progress.CommandText = "UPDATE \"Rejections\" SET \"CompletedSteps\" = $done, \"FinishedAt\" = $finished WHERE \"Id\" = $id";
        progress.Parameters.AddWithValue("$done", done);
        progress.Parameters.AddWithValue("$finished", done == 6 ? Binary(created.AddDays(random.Next(1, 40))) : DBNull.Value);
        progress.Parameters.AddWithValue("$id", rejectionId);
        await progress.ExecuteNonQueryAsync();
        return steps;
    }

    private static JournalEntry Entry(ReflectionStep step, Random random, DateOnly decided)
    {
        var entry = new JournalEntry { OwnerId = "", Step = step, Text = Sentence(random, random.Next(30, 90)) };
        switch (step)
        {
            case ReflectionStep.CheckIn:
                entry.Mood = random.Next(1, 6);
                break;
            case ReflectionStep.Feedback:
                entry.Data = new FeedbackData
                {
                    People = [new FeedbackContact { Name = "Recruiter", Relationship = Relationship.Recruiter, Status = RequestStatus.Received }],
                    Received = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new FeedbackItem
                    {
                        Said = Feedback[random.Next(Feedback.Length)],
                        Category = (FeedbackCategory)random.Next(0, 5),
                        Agreement = (Agreement)random.Next(0, 3),
                    }).ToList(),
                }.ToJson();
                break;
            case ReflectionStep.Experience:
                entry.Data = new ExperienceData
                {
                    Actions = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new GrowthAction
                    {
                        What = Sentence(random, 6),
                        Status = (ActionStatus)random.Next(0, 4),
                        TargetDate = decided.AddDays(random.Next(7, 120)),
                    }).ToList(),
                }.ToJson();
                break;
            case ReflectionStep.WrapUp:
                entry.Mood = random.Next(1, 6);
                entry.Takeaway = Sentence(random, 8);
                entry.RevisitOn = decided.AddDays(random.Next(14, 90));
                break;
        }

        return entry;
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : i % 12 == 0 ? ". " : " ").Append(Word(random));
        }

        return text.Append('.').ToString();
    }

    private static string Word(Random random)
    {
        var index = Array.BinarySearch(CumulativeWeights, random.NextDouble() * CumulativeWeights[^1]);
        return Vocabulary[Math.Min(index < 0 ? ~index : index, Vocabulary.Length - 1)];
    }

    private static string[] BuildVocabulary(int size)
    {
        var random = new Random(Seed);
        var words = new List<string>(Words);
        var seen = new HashSet<string>(words);
        while (words.Count < size)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        // Shuffle so domain words and made-up words share the frequency ranks.
        return [.. words.OrderBy(_ => random.Next())];
    }

    private static double[] BuildWeights(int count)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }

        return cumulative;
    }

    // DateTimeOffset columns are stored the way this model's converter writes them.
    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter Converter = new();

    private static long Binary(DateTimeOffset value) => (long)Converter.ConvertToProvider(value)!;
}
