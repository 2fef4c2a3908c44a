using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rejected.Core.Reflections;
using Rejected.Web.Data;
using Rejected.Web.Journal;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Journal;

public sealed class JournalExportServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly JournalExportService service;
    private readonly string alice;

    public JournalExportServiceTests()
    {
        service = new JournalExportService(database.Factory, clock);
        alice = database.AddUser("alice");
    }

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AJournalOfManyBatchesIsWrittenWholeWithoutOneSynchronousWrite(bool redact)
    {
        var count = (JournalExportService.BatchSize * 2) + 30;
        Seed(alice, count, i => i % 3 == 0 ? "Contoso" : $"Company {i:D3}");
        var output = new AsyncOnlyStream();

        await service.WriteArchiveAsync(alice, output, redact);

        var files = Read(output.ToArray());
        Assert.Equal(count + 1, files.Count);
        Assert.Equal(count, files.Keys.Count(k => k != "index.md"));
        Assert.True(output.Writes > count, "The archive is written as it is made, not in one piece at the end.");
    }

    [Fact]
    public async Task ACompanyHasTheSamePlaceholderInEveryBatchOfARedactedZip()
    {
        // Contoso is named only in the last batch's tool, yet replaced in the text of the first.
        Seed(alice, (JournalExportService.BatchSize * 2) + 1, _ => "Northwind Traders", text: "Better luck than at Contoso.");
        await using (var db = database.CreateContext(alice))
        {
            var last = await db.Rejections.OrderBy(r => r.Id).LastAsync();
            db.JournalEntries.Add(new JournalEntry
            {
                OwnerId = alice,
                RejectionId = last.Id,
                Step = ReflectionStep.RoleFit,
                Data = SampleTools.RoleFit().ToJson(),
                CreatedAt = Now,
                UpdatedAt = Now,
                Version = 1,
            });
            await db.SaveChangesAsync();
        }

        using var output = new MemoryStream();
        await service.WriteArchiveAsync(alice, output, redact: true);

        var files = Read(output.ToArray());
        Assert.All(files, f =>
        {
            Assert.DoesNotContain("Contoso", f.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("Northwind", f.Value, StringComparison.Ordinal);
        });
        Assert.All(files.Where(f => f.Key != "index.md"), f => Assert.Contains("company: \"Company A\"", f.Value, StringComparison.Ordinal));
        Assert.All(files.Where(f => f.Key != "index.md"), f => Assert.Contains("Better luck than at Company B.", f.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANameChangedWhileARedactedZipIsWrittenStopsItRatherThanLetTheNameThrough()
    {
        Seed(alice, 3, _ => "Contoso");
        var racing = new JournalExportService(new RenameBeforeSecondPass(database, alice), clock);
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => racing.WriteArchiveAsync(alice, output, redact: true));

        Assert.Contains("The journal changed while the redacted export was being written", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fabrikam Renamed", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyJournalGivesAZipWithJustTheIndex()
    {
        using var output = new MemoryStream();

        await service.WriteArchiveAsync(alice, output, redact: false);

        var files = Read(output.ToArray());
        Assert.Equal(["index.md"], files.Keys);
        Assert.Contains("There are no reflections in it yet.", files["index.md"], StringComparison.Ordinal);
    }

    private void Seed(string ownerId, int count, Func<int, string> company, string text = "It stings.")
    {
        using var db = database.CreateContext(ownerId);
        for (var i = 1; i <= count; i++)
        {
            db.Rejections.Add(new Rejection
            {
                OwnerId = ownerId,
                Company = company(i),
                RoleTitle = "Engineer",
                DecidedOn = new DateOnly(2026, 1, 1).AddDays(i % 60),
                CreatedAt = Now,
                UpdatedAt = Now,
                Entries = [new JournalEntry { OwnerId = ownerId, Step = ReflectionStep.CheckIn, Text = text, Mood = 2, CreatedAt = Now, UpdatedAt = Now, Version = 1 }],
            });
        }

        db.SaveChanges();
    }

    private static Dictionary<string, string> Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
    }

    /// <summary>A response body as ASP.NET Core gives it: not seekable, and synchronous writes are refused.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream written = new();

        public int Writes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] ToArray() => written.ToArray();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous write.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous write.");

        public override void Flush() => throw new InvalidOperationException("Synchronous flush.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Contexts for the export; when the second is opened (the pass that writes the files), a company has just been renamed.</summary>
    private sealed class RenameBeforeSecondPass(SqliteTestDatabase database, string ownerId) : IDbContextFactory<JournalDbContext>
    {
        private int created;

        public JournalDbContext CreateDbContext()
        {
            if (++created == 2)
            {
                using var db = database.CreateContext(ownerId);
                db.Rejections.OrderBy(r => r.Id).Last().Company = "Fabrikam Renamed";
                db.SaveChanges();
            }

            return database.CreateContext();
        }
    }
}
