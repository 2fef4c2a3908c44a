using Microsoft.EntityFrameworkCore;
using Rejected.Core.Reflections;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Data;

public sealed class JournalDbContextTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public void TheModelMatchesTheMigrations()
    {
        using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void AContextWithoutAnOwnerSeesNoRejectionsOrEntries()
    {
        var alice = database.AddUser("alice");
        AddRejection(alice, "Contoso", withEntry: true);

        using var db = database.CreateContext(ownerId: null);

        Assert.Empty(db.Rejections.ToList());
        Assert.Empty(db.JournalEntries.ToList());
        Assert.Equal(1, db.Rejections.IgnoreQueryFilters().Count());
    }

    [Fact]
    public void AContextSeesOnlyItsOwnersRows()
    {
        var alice = database.AddUser("alice");
        var bob = database.AddUser("bob");
        AddRejection(alice, "Contoso", withEntry: true);
        AddRejection(bob, "Fabrikam", withEntry: true);

        using var db = database.CreateContext(bob);

        Assert.Equal(["Fabrikam"], db.Rejections.Select(r => r.Company).ToList());
        Assert.All(db.JournalEntries.ToList(), e => Assert.Equal(bob, e.OwnerId));
    }

    [Fact]
    public void ARejectionNeedsAnExistingOwner()
    {
        using var db = database.CreateContext();
        db.Rejections.Add(new Rejection { OwnerId = "nobody", Company = "Contoso", RoleTitle = "Engineer", CreatedAt = Now, UpdatedAt = Now });

        Assert.Throws<DbUpdateException>(() => db.SaveChanges());
    }

    [Fact]
    public void DeletingAUserDeletesTheirRejectionsAndEntries()
    {
        var alice = database.AddUser("alice");
        var bob = database.AddUser("bob");
        AddRejection(alice, "Contoso", withEntry: true);
        AddRejection(alice, "Northwind", withEntry: false);
        AddRejection(bob, "Fabrikam", withEntry: true);

        using (var db = database.CreateContext())
        {
            // Straight to the database, so it is the schema's cascade at work, not EF's change tracker.
            Assert.Equal(1, db.Users.Where(u => u.Id == alice).ExecuteDelete());
        }

        using var check = database.CreateContext();
        Assert.Equal(["Fabrikam"], check.Rejections.IgnoreQueryFilters().Select(r => r.Company).ToList());
        Assert.All(check.JournalEntries.IgnoreQueryFilters().ToList(), e => Assert.Equal(bob, e.OwnerId));
        Assert.Single(check.JournalEntries.IgnoreQueryFilters());
    }

    [Fact]
    public void DatesAndTimesRoundTripToTheMillisecondWithTheirOffset()
    {
        // Stored as an integer so SQLite can order them; the converter keeps a tenth of a millisecond.
        var alice = database.AddUser("alice");
        var at = new DateTimeOffset(2026, 3, 15, 23, 59, 59, 123, TimeSpan.FromHours(-7));
        using (var db = database.CreateContext(alice))
        {
            db.Rejections.Add(new Rejection
            {
                OwnerId = alice,
                Company = "Contoso",
                RoleTitle = "Engineer",
                DecidedOn = new DateOnly(2026, 3, 14),
                CreatedAt = at,
                UpdatedAt = at,
            });
            db.SaveChanges();
        }

        using var check = database.CreateContext(alice);
        var saved = check.Rejections.Single();
        Assert.Equal(at, saved.CreatedAt);
        Assert.Equal(at.Offset, saved.CreatedAt.Offset);
        Assert.Equal(new DateOnly(2026, 3, 14), saved.DecidedOn);
    }

    private void AddRejection(string ownerId, string company, bool withEntry)
    {
        using var db = database.CreateContext(ownerId);
        var rejection = new Rejection { OwnerId = ownerId, Company = company, RoleTitle = "Engineer", CreatedAt = Now, UpdatedAt = Now };
        if (withEntry)
        {
            rejection.Entries.Add(new JournalEntry { OwnerId = ownerId, Step = ReflectionStep.CheckIn, Mood = 3, Version = 1, CreatedAt = Now, UpdatedAt = Now });
        }

        db.Rejections.Add(rejection);
        db.SaveChanges();
    }
}
