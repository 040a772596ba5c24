using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CollegeSanctionsAndPlaceBans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CollegeSanctions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Holder_Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Holder_Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Holder_NationalRegisterNumber = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Holder_EnterpriseNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Holder_Address_Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Holder_Address_HouseNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Holder_Address_PostalCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Holder_Address_City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Holder_Address_Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Holder_Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    InfractionCodes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WarnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reasons = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollegeSanctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollegeSanctions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollegeSanctions_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlaceBans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Person_Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Person_Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Person_NationalRegisterNumber = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Person_EnterpriseNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Person_Address_Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Person_Address_HouseNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Person_Address_PostalCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Person_Address_City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Person_Address_Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Person_Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Ground = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Grounds = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    HeardOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceBans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlaceBans_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlaceBanPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PlaceBanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceBanPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlaceBanPeriods_PlaceBans_PlaceBanId",
                        column: x => x.PlaceBanId,
                        principalTable: "PlaceBans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollegeSanctions_CaseId",
                table: "CollegeSanctions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CollegeSanctions_MunicipalityNis_RecordedAt",
                table: "CollegeSanctions",
                columns: new[] { "MunicipalityNis", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureDocuments_MeasureId_CreatedAt",
                table: "MeasureDocuments",
                columns: new[] { "MeasureId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlaceBanPeriods_PlaceBanId",
                table: "PlaceBanPeriods",
                column: "PlaceBanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlaceBans_MunicipalityNis_RecordedAt",
                table: "PlaceBans",
                columns: new[] { "MunicipalityNis", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CollegeSanctions");

            migrationBuilder.DropTable(
                name: "MeasureDocuments");

            migrationBuilder.DropTable(
                name: "PlaceBanPeriods");

            migrationBuilder.DropTable(
                name: "PlaceBans");
        }
    }
}
