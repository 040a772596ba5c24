using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BankReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Communication",
                table: "CasePayments",
                type: "character varying(140)",
                maxLength: 140,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "BankStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    AccountIban = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: false),
                    StatementNumber = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    StatementDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "bigint", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankStatements_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseRefunds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RefundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Iban = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRefunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRefunds_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BankStatementEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    AccountIban = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: false),
                    StatementNumber = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    BankReference = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    BookingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CounterpartyName = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true),
                    CounterpartyIban = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: true),
                    StructuredCommunication = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: true),
                    FreeCommunication = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnmatchedReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankStatementEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankStatementEntries_BankStatements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "BankStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementEntries_AccountIban_StatementNumber_BankRefere~",
                table: "BankStatementEntries",
                columns: new[] { "AccountIban", "StatementNumber", "BankReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementEntries_CaseId",
                table: "BankStatementEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementEntries_MunicipalityNis_State_BookingDate",
                table: "BankStatementEntries",
                columns: new[] { "MunicipalityNis", "State", "BookingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementEntries_StatementId",
                table: "BankStatementEntries",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_BankStatements_AccountIban_StatementNumber",
                table: "BankStatements",
                columns: new[] { "AccountIban", "StatementNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankStatements_MunicipalityNis",
                table: "BankStatements",
                column: "MunicipalityNis");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRefunds_CaseId",
                table: "CaseRefunds",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BankStatementEntries");

            migrationBuilder.DropTable(
                name: "CaseRefunds");

            migrationBuilder.DropTable(
                name: "BankStatements");

            migrationBuilder.AlterColumn<string>(
                name: "Communication",
                table: "CasePayments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(140)",
                oldMaxLength: 140,
                oldNullable: true);
        }
    }
}
