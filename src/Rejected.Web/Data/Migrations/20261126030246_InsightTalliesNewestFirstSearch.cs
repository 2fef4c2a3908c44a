using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rejected.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InsightTalliesNewestFirstSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_OwnerId_Step",
                table: "JournalEntries");

            migrationBuilder.AddColumn<string>(
                name: "Themes",
                table: "JournalEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InsightTallies",
                columns: table => new
                {
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPhrase = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightTallies", x => new { x.OwnerId, x.Kind, x.Value });
                    table.ForeignKey(
                        name: "FK_InsightTallies_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OwnerId_Step_RejectionId_Mood",
                table: "JournalEntries",
                columns: new[] { "OwnerId", "Step", "RejectionId", "Mood" });

            migrationBuilder.CreateIndex(
                name: "IX_InsightTallies_OwnerId_Kind_Count_IsPhrase_Value",
                table: "InsightTallies",
                columns: new[] { "OwnerId", "Kind", "Count", "IsPhrase", "Value" },
                descending: new[] { false, false, true, true, false });

            // Rebuild the search index partitioned by user (see SearchIndexSql).
            foreach (var statement in SearchIndexSql.Drop.Concat(SearchIndexSql.Create).Concat(InsightTallySql.Create))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in InsightTallySql.Drop)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "InsightTallies");

            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_OwnerId_Step_RejectionId_Mood",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "Themes",
                table: "JournalEntries");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OwnerId_Step",
                table: "JournalEntries",
                columns: new[] { "OwnerId", "Step" });
        }
    }
}
