using System.Net;
using Microsoft.Data.Sqlite;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Hosting;

/// <summary>Each test gets its own app, since one of them takes the database away.</summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly RejectedAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task HealthIsOkWhenTheDatabaseCanBeOpened()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthIsUnavailableWhileTheDatabaseCannotBeOpenedAndRecovers()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // As if the volume holding the data went away: no pooled connection survives and nothing is left to open.
        SqliteConnection.ClearAllPools();
        var moved = app.DataDirectory + "-away";
        Directory.Move(app.DataDirectory, moved);
        HttpResponseMessage response;
        bool recreated;
        try
        {
            response = await client.GetAsync("/health");
            recreated = File.Exists(app.DatabasePath);
        }
        finally
        {
            Directory.Move(moved, app.DataDirectory);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        Assert.False(recreated, "Checking health must not create an empty database in place of the missing one.");

        // Once the data is back, so is the app.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task HealthIsUnavailableWhenTheDatabaseFileIsDamaged()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        SqliteConnection.ClearAllPools();
        foreach (var sidecar in new[] { "-wal", "-shm" })
        {
            File.Delete(app.DatabasePath + sidecar);
        }

        await File.WriteAllTextAsync(app.DatabasePath, new string('x', 8192));

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
