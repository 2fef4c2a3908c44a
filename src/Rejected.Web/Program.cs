using Rejected.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRejected();

var app = builder.Build();
await app.MapRejectedAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
