using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AutomaticDevices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Device_CertificateReference",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Device_CertifiedFrom",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Device_CertifiedUntil",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Device_DeviceId",
                table: "Cases",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Device_Identifier",
                table: "Cases",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Device_Type",
                table: "Cases",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Validation_At",
                table: "Cases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Validation_By",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Devices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Identifier = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true),
                    Categories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FeedIntervalMinutes = table.Column<int>(type: "int", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    RegisteredAt = table.Column<long>(type: "bigint", nullable: false),
                    LastReceivedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Devices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Devices_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviceCertifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceCertifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceCertifications_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceCertifications_DeviceId",
                table: "DeviceCertifications",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_MunicipalityNis_Identifier",
                table: "Devices",
                columns: new[] { "MunicipalityNis", "Identifier" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeviceCertifications");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropColumn(
                name: "Device_CertificateReference",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Device_CertifiedFrom",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Device_CertifiedUntil",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Device_DeviceId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Device_Identifier",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Device_Type",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Validation_At",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Validation_By",
                table: "Cases");
        }
    }
}
