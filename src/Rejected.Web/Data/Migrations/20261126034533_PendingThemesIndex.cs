using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rejected.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PendingThemesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_ThemesPending",
                table: "JournalEntries",
                columns: new[] { "Step", "Themes" },
                filter: "\"Step\" = 1 AND \"Data\" IS NOT NULL AND \"Themes\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_ThemesPending",
                table: "JournalEntries");
        }
    }
}
