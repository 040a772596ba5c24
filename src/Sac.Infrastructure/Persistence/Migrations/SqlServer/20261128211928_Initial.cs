using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sac.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SubjectId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SubjectLabel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Before = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Nis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    NameNl = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NameFr = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Settings_MinorsMinimumAge = table.Column<int>(type: "int", nullable: true),
                    Settings_Caps2024AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Settings_AdultMediationOffered = table.Column<bool>(type: "bit", nullable: false),
                    Settings_PaymentTermDays = table.Column<int>(type: "int", nullable: false),
                    Settings_RetentionYears = table.Column<int>(type: "int", nullable: false, defaultValue: 5),
                    Letterhead_Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Letterhead_PostalCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Letterhead_City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Letterhead_OfficialName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Letterhead_Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Letterhead_Phone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Letterhead_Iban = table.Column<string>(type: "nvarchar(42)", maxLength: 42, nullable: true),
                    Letterhead_Bic = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Letterhead_DefaultLanguage = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Nis);
                });

            migrationBuilder.CreateTable(
                name: "RegistryAccesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Registry = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AtDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FieldsReturned = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryAccesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
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
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
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
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MediationOfferedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MediationOutcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    CommunityServiceOfferedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnonymisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OffenderAgeAtFacts = table.Column<int>(type: "int", nullable: true),
                    OffenderSex = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IntakeFingerprint = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    InfractionCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    InfractionCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FactsAt = table.Column<string>(type: "nvarchar(33)", maxLength: 33, nullable: false),
                    FindingAt = table.Column<string>(type: "nvarchar(33)", maxLength: 33, nullable: false),
                    FactsDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FindingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Place_Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Place_HouseNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Place_PostalCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Place_City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Place_Latitude = table.Column<double>(type: "float", nullable: true),
                    Place_Longitude = table.Column<double>(type: "float", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Offender_Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Offender_NationalRegisterNumber = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Offender_LastName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_FirstName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Offender_BirthDateEstimated = table.Column<bool>(type: "bit", nullable: false),
                    Offender_Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Offender_Address_Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_Address_HouseNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Offender_Address_PostalCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Offender_Address_City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Offender_Address_Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Offender_EnterpriseNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Offender_CompanyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_Plate = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Offender_PlateCountry = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Offender_IsAnonymised = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Deadlines_Transmission = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadlines_Decision = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadlines_Defence = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadlines_Appeal = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadlines_Payment = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadlines_ProsecutorAnswer = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionTermExtension = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CloseReason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Decision_DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision_Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Decision_Amount = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: true),
                    Decision_Hours = table.Column<int>(type: "int", nullable: true),
                    Decision_NoSanctionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Decision_Reasoning = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Decision_DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecisionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionChannel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Appeal_FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Appeal_Court = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Appeal_Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Appeal_DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EnforceableOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TimeBarWarnedAtDays = table.Column<int>(type: "int", nullable: true),
                    ParentsInformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LawyerRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeChannel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Hearing_ScheduledAt = table.Column<string>(type: "nvarchar(33)", maxLength: 33, nullable: true),
                    Hearing_Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Hearing_HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Hearing_Attended = table.Column<bool>(type: "bit", nullable: true),
                    Hearing_Minutes = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    RemindedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverdueSince = table.Column<DateOnly>(type: "date", nullable: true),
                    HandedOverOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProsecutorReport_ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProsecutorReport_Answer = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ProsecutorReport_AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProsecutorCleared = table.Column<bool>(type: "bit", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Article = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TextNl = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TextFr = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    MinimumAmount = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: true),
                    MaximumAmount = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: true),
                    DefaultAmount = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: true),
                    RecidivismMaximumAmount = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: true),
                    MinorsAllowed = table.Column<bool>(type: "bit", nullable: false),
                    ProsecutionWaivedByProtocol = table.Column<bool>(type: "bit", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false)
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
                name: "ReasoningBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    InfractionCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TextNl = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    TextFr = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Retired = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    InfractionCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Offender_Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Offender_NationalRegisterNumber = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Offender_LastName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_FirstName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Offender_BirthDateEstimated = table.Column<bool>(type: "bit", nullable: false),
                    Offender_Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Offender_Address_Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_Address_HouseNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Offender_Address_PostalCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Offender_Address_City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Offender_Address_Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Offender_EnterpriseNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Offender_CompanyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Offender_Plate = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Offender_PlateCountry = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Offender_IsAnonymised = table.Column<bool>(type: "bit", nullable: false),
                    OffenderKey = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: true),
                    Hours = table.Column<int>(type: "int", nullable: true),
                    Final = table.Column<bool>(type: "bit", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CaseNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AnonymisedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false)
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
                name: "CaseDefences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    RegisteredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MunicipalityNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PostedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ContentErasedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<string>(type: "nvarchar(33)", maxLength: 33, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "CasePayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: false),
                    Communication = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RegisteredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

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
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

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
                name: "IX_CaseEvents_CaseId",
                table: "CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePayments_CaseId",
                table: "CasePayments",
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
                name: "IX_Cases_NextDueOn",
                table: "Cases",
                column: "NextDueOn");

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
                name: "IX_Cases_Status_AnonymisedOn_ClosedOn",
                table: "Cases",
                columns: new[] { "Status", "AnonymisedOn", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Infractions_MunicipalityNis_Code_ValidFrom",
                table: "Infractions",
                columns: new[] { "MunicipalityNis", "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReasoningBlocks_MunicipalityNis_Topic",
                table: "ReasoningBlocks",
                columns: new[] { "MunicipalityNis", "Topic" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_MunicipalityNis",
                table: "RegisterEntries",
                column: "MunicipalityNis");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_OffenderKey_InfractionCode",
                table: "RegisterEntries",
                columns: new[] { "OffenderKey", "InfractionCode" });

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

            migrationBuilder.CreateIndex(
                name: "IX_UserMunicipalities_MunicipalityNis",
                table: "UserMunicipalities",
                column: "MunicipalityNis");

            // The audit trail and the registry-access log are append-only in the database too.
            migrationBuilder.SqlEach(Sac.Infrastructure.Audit.AuditTableGuards.SqlServer.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.SqlEach(Sac.Infrastructure.Audit.AuditTableGuards.SqlServer.Drop);

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
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CaseDefences");

            migrationBuilder.DropTable(
                name: "CaseDocuments");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseNumberCounters");

            migrationBuilder.DropTable(
                name: "CasePayments");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Infractions");

            migrationBuilder.DropTable(
                name: "ReasoningBlocks");

            migrationBuilder.DropTable(
                name: "RegisterEntries");

            migrationBuilder.DropTable(
                name: "RegistryAccesses");

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
