using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rejected.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ExternalIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ExternalId",
                table: "Rejections",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Give every existing reflection its own random (version 4) id, in the upper-case text form EF uses.
            migrationBuilder.Sql("""
                UPDATE "Rejections" SET "ExternalId" =
                    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                    || substr('89AB', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Rejections_OwnerId_ExternalId",
                table: "Rejections",
                columns: new[] { "OwnerId", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Rejections_OwnerId_ExternalId",
                table: "Rejections");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "Rejections");
        }
    }
}
