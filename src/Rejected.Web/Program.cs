using Rejected.Web.Hosting;

// "export" and "backup" run on the same settings and database, without the web server (Hosting/CommandLine.cs).
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddRejected();

var app = builder.Build();
await app.MapRejectedAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
