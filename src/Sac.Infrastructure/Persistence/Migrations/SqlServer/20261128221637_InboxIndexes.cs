using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_MunicipalityNis_Status_RecordedAt",
                table: "Cases",
                columns: new[] { "MunicipalityNis", "Status", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RecordedAt_Number",
                table: "Cases",
                columns: new[] { "RecordedAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_MunicipalityNis_Status_RecordedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RecordedAt_Number",
                table: "Cases");
        }
    }
}
