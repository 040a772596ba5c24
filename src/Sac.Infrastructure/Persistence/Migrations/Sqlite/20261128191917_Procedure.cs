using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Procedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Letterhead_Bic",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_City",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_DefaultLanguage",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_Email",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_Iban",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 42,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_OfficialName",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_Phone",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_PostalCode",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Letterhead_Street",
                table: "Municipalities",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ProsecutionWaivedByProtocol",
                table: "Infractions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Appeal_Court",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Appeal_DecidedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Appeal_FiledOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Appeal_Outcome",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CommunityServiceOfferedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Deadlines_ProsecutorAnswer",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionChannel",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionNotifiedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Decision_Amount",
                table: "Cases",
                type: "TEXT",
                precision: 10,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_DecidedBy",
                table: "Cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Decision_DecidedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Decision_Hours",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_Kind",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_NoSanctionReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_Reasoning",
                table: "Cases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EnforceableOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HandedOverOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Hearing_Attended",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Hearing_HeldOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hearing_Location",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hearing_Minutes",
                table: "Cases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hearing_ScheduledAt",
                table: "Cases",
                type: "TEXT",
                maxLength: 33,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LawyerRequestedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MediationOfferedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationOutcome",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDueOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeChannel",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeSentOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueSince",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ParentsInformedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ProsecutorCleared",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ProsecutorReport_Answer",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProsecutorReport_AnsweredOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProsecutorReport_ReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RemindedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimeBarWarnedAtDays",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseDefences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDefences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDefences_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocuments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasePayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Communication = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePayments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReasoningBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InfractionCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TextNl = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    TextFr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReasoningBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReasoningBlocks_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextDueOn",
                table: "Cases",
                column: "NextDueOn");

            // Cases opened before deadlines were stored are due at once: the first sweep computes their next date.
            migrationBuilder.Sql("UPDATE \"Cases\" SET \"NextDueOn\" = \"FindingDate\" WHERE \"Status\" <> 'Closed';");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDefences_CaseId",
                table: "CaseDefences",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_CaseId_CreatedAt",
                table: "CaseDocuments",
                columns: new[] { "CaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_MunicipalityNis_PostedOn",
                table: "CaseDocuments",
                columns: new[] { "MunicipalityNis", "PostedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CasePayments_CaseId",
                table: "CasePayments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReasoningBlocks_MunicipalityNis_Topic",
                table: "ReasoningBlocks",
                columns: new[] { "MunicipalityNis", "Topic" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDefences");

            migrationBuilder.DropTable(
                name: "CaseDocuments");

            migrationBuilder.DropTable(
                name: "CasePayments");

            migrationBuilder.DropTable(
                name: "ReasoningBlocks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_NextDueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Letterhead_Bic",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_City",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_DefaultLanguage",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_Email",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_Iban",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_OfficialName",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_Phone",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_PostalCode",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "Letterhead_Street",
                table: "Municipalities");

            migrationBuilder.DropColumn(
                name: "ProsecutionWaivedByProtocol",
                table: "Infractions");

            migrationBuilder.DropColumn(
                name: "Appeal_Court",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Appeal_DecidedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Appeal_FiledOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Appeal_Outcome",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CommunityServiceOfferedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Deadlines_ProsecutorAnswer",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecisionChannel",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecisionNotifiedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Decision_Amount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Decision_DecidedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Decision_DecidedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Decision_Hours",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Decision_Kind",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Decision_NoSanctionReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Decision_Reasoning",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EnforceableOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HandedOverOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Hearing_Attended",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Hearing_HeldOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Hearing_Location",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Hearing_Minutes",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Hearing_ScheduledAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LawyerRequestedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MediationOfferedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MediationOutcome",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextDueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticeChannel",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticeSentOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ParentsInformedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProsecutorCleared",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProsecutorReport_Answer",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProsecutorReport_AnsweredOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProsecutorReport_ReceivedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RemindedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TimeBarWarnedAtDays",
                table: "Cases");
        }
    }
}
