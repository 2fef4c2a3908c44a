using Microsoft.EntityFrameworkCore.Migrations;
using Rejected.Web.Data;

#nullable disable

namespace Rejected.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchProgressRevisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_RejectionId_Step",
                table: "JournalEntries");

            migrationBuilder.AddColumn<int>(
                name: "CompletedSteps",
                table: "Rejections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "FinishedAt",
                table: "Rejections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rejections_OwnerId_Company",
                table: "Rejections",
                columns: new[] { "OwnerId", "Company" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_RejectionId_Step",
                table: "JournalEntries",
                columns: new[] { "RejectionId", "Step" },
                unique: true,
                filter: "\"Step\" < 6");

            migrationBuilder.Sql(SearchIndexSql.BackfillProgress);
            foreach (var statement in SearchIndexSql.Create)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in SearchIndexSql.Drop)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropIndex(
                name: "IX_Rejections_OwnerId_Company",
                table: "Rejections");

            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_RejectionId_Step",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "CompletedSteps",
                table: "Rejections");

            migrationBuilder.DropColumn(
                name: "FinishedAt",
                table: "Rejections");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_RejectionId_Step",
                table: "JournalEntries",
                columns: new[] { "RejectionId", "Step" },
                unique: true);
        }
    }
}
