using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistriesAuditDataProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Offender_IsAnonymised",
                table: "RegisterEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Settings_RetentionYears",
                table: "Municipalities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OffenderAgeAtFacts",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OffenderSex",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Offender_IsAnonymised",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContentErasedOn",
                table: "CaseDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubjectLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistryAccesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Registry = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FieldsReturned = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryAccesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_AnonymisedOn_ClosedOn",
                table: "Cases",
                columns: new[] { "Status", "AnonymisedOn", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_MunicipalityNis_At",
                table: "AuditEntries",
                columns: new[] { "MunicipalityNis", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Subject_SubjectId",
                table: "AuditEntries",
                columns: new[] { "Subject", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName",
                table: "AuditEntries",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryAccesses_At",
                table: "RegistryAccesses",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryAccesses_Reference",
                table: "RegistryAccesses",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryAccesses_Subject",
                table: "RegistryAccesses",
                column: "Subject");
        
            // Cases closed before the closing day was stored: their last closure line gives it (read as UTC+2, so never before the Brussels date).
            migrationBuilder.Sql("""UPDATE "Cases" SET "ClosedOn" = (SELECT date(MAX(e."At"), '+2 hours') FROM "CaseEvents" e WHERE e."CaseId" = "Cases"."Id" AND e."Type" = 'CaseClosed') WHERE "Status" = 'Closed' AND "ClosedOn" IS NULL;""");

            // The audit trail and the registry-access log are append-only in the database too.
            migrationBuilder.SqlEach(Sac.Infrastructure.Audit.AuditTableGuards.Sqlite.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.SqlEach(Sac.Infrastructure.Audit.AuditTableGuards.Sqlite.Drop);

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "RegistryAccesses");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_AnonymisedOn_ClosedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Offender_IsAnonymised",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Settings_RetentionYears",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OffenderAgeAtFacts",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OffenderSex",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Offender_IsAnonymised",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ContentErasedOn",
                table: "CaseDocuments");
        }
    }
}
