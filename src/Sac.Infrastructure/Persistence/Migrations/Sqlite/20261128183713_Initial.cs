using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Nis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    NameNl = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Settings_MinorsMinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Settings_Caps2024AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Settings_AdultMediationOffered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Settings_PaymentTermDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Nis);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNumberCounters",
                columns: table => new
                {
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumberCounters", x => new { x.MunicipalityNis, x.Year });
                    table.ForeignKey(
                        name: "FK_CaseNumberCounters_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IntakeFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InfractionCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    InfractionCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FactsAt = table.Column<string>(type: "TEXT", maxLength: 33, nullable: false),
                    FindingAt = table.Column<string>(type: "TEXT", maxLength: 33, nullable: false),
                    FactsDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FindingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place_Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Place_HouseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Place_PostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Place_City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Place_Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Place_Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Offender_Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Offender_NationalRegisterNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Offender_LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Offender_BirthDateEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Offender_Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Offender_Address_Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_Address_HouseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Offender_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Offender_Address_City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Offender_Address_Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Offender_EnterpriseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Offender_CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_Plate = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Offender_PlateCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Deadlines_Transmission = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadlines_Decision = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadlines_Defence = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadlines_Appeal = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadlines_Payment = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionTermExtension = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Infractions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Article = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TextNl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TextFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MinimumAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    MaximumAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    DefaultAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    RecidivismMaximumAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    MinorsAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Infractions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Infractions_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    InfractionCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Offender_Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Offender_NationalRegisterNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Offender_LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Offender_BirthDateEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Offender_Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Offender_Address_Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_Address_HouseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Offender_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Offender_Address_City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Offender_Address_Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Offender_EnterpriseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Offender_CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offender_Plate = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Offender_PlateCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OffenderKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Hours = table.Column<int>(type: "INTEGER", nullable: true),
                    Final = table.Column<bool>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserMunicipalities",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserMunicipalities", x => new { x.UserId, x.MunicipalityNis });
                    table.ForeignKey(
                        name: "FK_UserMunicipalities_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserMunicipalities_Municipalities_MunicipalityNis",
                        column: x => x.MunicipalityNis,
                        principalTable: "Municipalities",
                        principalColumn: "Nis",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<string>(type: "TEXT", maxLength: 33, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_TokenHash",
                table: "ApiTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_UserId",
                table: "ApiTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId",
                table: "CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ExternalId",
                table: "Cases",
                column: "ExternalId",
                unique: true,
                filter: "\"ExternalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FactsDate",
                table: "Cases",
                column: "FactsDate");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_MunicipalityNis_RecordedAt",
                table: "Cases",
                columns: new[] { "MunicipalityNis", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Offender_NationalRegisterNumber",
                table: "Cases",
                column: "Offender_NationalRegisterNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Offender_Plate",
                table: "Cases",
                column: "Offender_Plate");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                table: "Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Infractions_MunicipalityNis_Code_ValidFrom",
                table: "Infractions",
                columns: new[] { "MunicipalityNis", "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_MunicipalityNis",
                table: "RegisterEntries",
                column: "MunicipalityNis");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_OffenderKey_InfractionCode",
                table: "RegisterEntries",
                columns: new[] { "OffenderKey", "InfractionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_UserMunicipalities_MunicipalityNis",
                table: "UserMunicipalities",
                column: "MunicipalityNis");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseNumberCounters");

            migrationBuilder.DropTable(
                name: "Infractions");

            migrationBuilder.DropTable(
                name: "RegisterEntries");

            migrationBuilder.DropTable(
                name: "UserMunicipalities");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Municipalities");
        }
    }
}
