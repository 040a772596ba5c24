using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeasureRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "PlaceBans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetentionFrom",
                table: "PlaceBans",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "CollegeSanctions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetentionFrom",
                table: "CollegeSanctions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.SqlEach(Sac.Infrastructure.DataProtection.MeasureRetentionBackfill.Sqlite);

            migrationBuilder.CreateIndex(
                name: "IX_PlaceBans_AnonymisedOn_RetentionFrom",
                table: "PlaceBans",
                columns: new[] { "AnonymisedOn", "RetentionFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_CollegeSanctions_AnonymisedOn_RetentionFrom",
                table: "CollegeSanctions",
                columns: new[] { "AnonymisedOn", "RetentionFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlaceBans_AnonymisedOn_RetentionFrom",
                table: "PlaceBans");

            migrationBuilder.DropIndex(
                name: "IX_CollegeSanctions_AnonymisedOn_RetentionFrom",
                table: "CollegeSanctions");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "PlaceBans");

            migrationBuilder.DropColumn(
                name: "RetentionFrom",
                table: "PlaceBans");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "CollegeSanctions");

            migrationBuilder.DropColumn(
                name: "RetentionFrom",
                table: "CollegeSanctions");
        }
    }
}
