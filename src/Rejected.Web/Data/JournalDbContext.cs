using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rejected.Core.Reflections;

namespace Rejected.Web.Data;

/// <summary>
/// The app's one database: Identity's tables and the journal. Identity's schema version (3, with passkeys)
/// comes from IdentityOptions in the app's services; a context built by hand must be given them too
/// (see <see cref="JournalDbContextOptions.Standalone"/>).
/// Add a migration with: dotnet ef migrations add Name --project src/Rejected.Web --output-dir Data/Migrations
/// </summary>
public sealed class JournalDbContext(DbContextOptions<JournalDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    /// <summary>
    /// The user this context works for. Journal queries only ever see this user's rows; a context
    /// without an owner sees none. Services set it right after creating the context.
    /// </summary>
    public string? OwnerId { get; set; }

    public DbSet<Rejection> Rejections => Set<Rejection>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<InsightTally> InsightTallies => Set<InsightTally>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordFeedbackThemes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordFeedbackThemes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Themes are extracted in C# (Core), so they are stored beside the feedback for the tally triggers to count.
    private void RecordFeedbackThemes()
    {
        foreach (var entry in ChangeTracker.Entries<JournalEntry>())
        {
            if (entry.Entity.Step == ReflectionStep.Feedback && entry.State is EntityState.Added or EntityState.Modified)
            {
                var themes = entry.Property<string?>(InsightTallySql.ThemesColumn);
                var current = entry.Entity.Data is null ? null : InsightTallySql.ThemesOf(entry.Entity.Data);
                if (themes.CurrentValue != current)
                {
                    themes.CurrentValue = current;
                }
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; UTC ticks in an integer can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Rejection>(rejection =>
        {
            rejection.HasQueryFilter(r => r.OwnerId == OwnerId);
            rejection.Ignore(r => r.Revisits);
            rejection.Property(r => r.Company).HasMaxLength(RejectionDetails.MaxCompanyLength);
            rejection.Property(r => r.RoleTitle).HasMaxLength(RejectionDetails.MaxRoleTitleLength);
            rejection.Property(r => r.Level).HasMaxLength(RejectionDetails.MaxShortFieldLength);
            rejection.Property(r => r.Team).HasMaxLength(RejectionDetails.MaxShortFieldLength);
            rejection.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
            rejection.HasMany(r => r.Entries).WithOne(e => e.Rejection).HasForeignKey(e => e.RejectionId).OnDelete(DeleteBehavior.Cascade);
            rejection.HasIndex(r => new { r.OwnerId, r.DecidedOn });
            rejection.HasIndex(r => new { r.OwnerId, r.Company });
            rejection.HasIndex(r => new { r.OwnerId, r.ExternalId }).IsUnique();
        });

        builder.Entity<JournalEntry>(entry =>
        {
            entry.HasQueryFilter(e => e.OwnerId == OwnerId);
            entry.Property(e => e.Version).IsConcurrencyToken();
            entry.Property(e => e.Takeaway).HasMaxLength(StepAnswer.MaxTakeawayLength);
            // One entry per guided step; revisit notes (step 6) can be many.
            entry.HasIndex(e => new { e.RejectionId, e.Step }).IsUnique().HasFilter("\"Step\" < 6");

            // SQLite only uses a partial index when the query repeats its condition, so lookups by rejection and
            // step (and the cascade from a deleted rejection) need this plain one too.
            entry.HasIndex(e => new { e.RejectionId, e.Step }, "IX_JournalEntries_RejectionId_Step_Lookup");
            // Covers the insights' mood look-up, which then never reads the (long) rows themselves.
            entry.HasIndex(e => new { e.OwnerId, e.Step, e.RejectionId, e.Mood });
            entry.Property<string?>(InsightTallySql.ThemesColumn);
            // Normally empty: feedback whose themes are still to be extracted (see DatabaseMigrator), found without a scan.
            entry.HasIndex(nameof(JournalEntry.Step), InsightTallySql.ThemesColumn)
                .HasFilter($"\"Step\" = {(int)ReflectionStep.Feedback} AND \"Data\" IS NOT NULL AND \"{InsightTallySql.ThemesColumn}\" IS NULL")
                .HasDatabaseName("IX_JournalEntries_ThemesPending");
        });

        builder.Entity<InsightTally>(tally =>
        {
            tally.ToTable(InsightTallySql.Table);
            tally.HasQueryFilter(t => t.OwnerId == OwnerId);
            tally.HasKey(t => new { t.OwnerId, t.Kind, t.Value });
            tally.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
            // Themes in display order: most widespread first, phrases before words, then alphabetically.
            tally.HasIndex(t => new { t.OwnerId, t.Kind, t.Count, t.IsPhrase, t.Value }).IsDescending(false, false, true, true, false);
        });
    }
}
