using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StatisticsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_MunicipalityNis_FindingDate",
                table: "Cases",
                columns: new[] { "MunicipalityNis", "FindingDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_MunicipalityNis_FindingDate",
                table: "Cases");
        }
    }
}
