using Microsoft.Data.Sqlite;

namespace Rejected.Web.Hosting;

/// <summary>Where the database, keys and logs live. Relative database paths are resolved against the content root.</summary>
public sealed record DataPaths(string ConnectionString, string DataDirectory)
{
    public const string DefaultConnectionString = "Data Source=data/journal.db";

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public string LogsDirectory => Path.Combine(DataDirectory, "logs");

    public static DataPaths Resolve(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Journal") ?? DefaultConnectionString);
        var isFile = builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(builder.DataSource)
            && builder.DataSource != ":memory:";
        if (!isFile)
        {
            return new DataPaths(builder.ToString(), Path.Combine(contentRoot, "data"));
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        return new DataPaths(builder.ToString(), Path.GetDirectoryName(builder.DataSource)!);
    }

    public void CreateDirectories()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(KeysDirectory);
        Directory.CreateDirectory(LogsDirectory);
    }
}
