using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rejected.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StepTools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Data",
                table: "JournalEntries",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Data",
                table: "JournalEntries");
        }
    }
}
