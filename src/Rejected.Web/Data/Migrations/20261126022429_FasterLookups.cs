using Microsoft.EntityFrameworkCore.Migrations;
using Rejected.Web.Data;

#nullable disable

namespace Rejected.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FasterLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_OwnerId",
                table: "JournalEntries");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OwnerId_Step",
                table: "JournalEntries",
                columns: new[] { "OwnerId", "Step" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_RejectionId_Step_Lookup",
                table: "JournalEntries",
                columns: new[] { "RejectionId", "Step" });

            // Rebuild the search index as SearchIndexSql defines it now.
            foreach (var statement in SearchIndexSql.Drop.Concat(SearchIndexSql.Create))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_OwnerId_Step",
                table: "JournalEntries");

            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_RejectionId_Step_Lookup",
                table: "JournalEntries");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OwnerId",
                table: "JournalEntries",
                column: "OwnerId");
        }
    }
}
