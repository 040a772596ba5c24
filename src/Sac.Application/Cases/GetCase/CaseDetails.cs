using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Devices;
using Sac.Application.Documents;
using Sac.Domain.Payments;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Register;

namespace Sac.Application.Cases.GetCase;

/// <summary>A case as officials and the API see it (api-v1.md, GET /api/v1/cases/{id}).</summary>
public sealed record CaseDetails(
    Guid Id,
    string Number,
    string Municipality,
    string MunicipalityNameNl,
    string MunicipalityNameFr,
    CaseStatus Status,
    InfractionSummary Infraction,
    DateTimeOffset FactsAt,
    DateTimeOffset FindingAt,
    PlaceDetails Place,
    string? Description,
    OffenderDetails Offender,
    AssessmentDetails Assessment,
    DeadlineDetails Deadlines,
    DecisionDetails? Decision,
    ProcedureDetails Procedure,
    PaymentDetails? Payment,
    CloseReason? CloseReason,
    int Version,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<DocumentSummary> Documents,
    DateOnly? AnonymisedOn = null,
    DeviceEvidence? Device = null,
    FindingValidation? Validation = null);

public sealed record InfractionSummary(string Code, InfractionCategory Category, string Article, string TextNl, string TextFr);

public sealed record PlaceDetails(string? Street, string? HouseNumber, string? PostalCode, string? City, double? Latitude, double? Longitude);

public sealed record OffenderDetails(
    OffenderType Type,
    string? NationalRegisterNumber,
    string? LastName,
    string? FirstName,
    DateOnly? BirthDate,
    bool BirthDateEstimated,
    int? AgeAtFacts,
    bool IsMinor,
    string? Language,
    Address? Address,
    string? EnterpriseNumber,
    string? CompanyName,
    string? Plate,
    string? Country,
    string DisplayName);

public sealed record AssessmentDetails(
    bool Sanctionable,
    IReadOnlyList<string> Reasons,
    bool IsRecidivism,
    decimal? MaximumFine,
    decimal? FixedFine,
    decimal? MinimumFine,
    FineCapBasis? MaximumFineBasis,
    int? MaximumCommunityServiceHours,
    bool MediationMustBeOffered,
    bool MediationMayBeOffered,
    bool OralHearingMayBeRequested,
    bool Caps2024Apply,
    string LegalBasis,
    DateOnly LegalRegimeFrom,
    DateOnly AssessedOn,
    PriorSanction? PriorSanction);

public sealed record DeadlineDetails(DateOnly Transmission, DateOnly Decision, DateOnly? Defence, DateOnly? Appeal, DateOnly? Payment, DateOnly? ProsecutorAnswer);

public sealed record DecisionDetails(DateOnly DecidedOn, DecisionKind Kind, decimal? Amount, int? Hours, string? NoSanctionReason, string? Reasoning, string DecidedBy);

/// <summary>Where the procedure stands: each step's date once it happened.</summary>
public sealed record ProcedureDetails(
    ProsecutorReport? ProsecutorReport,
    bool AwaitsProsecutor,
    DateOnly? ParentsInformedOn,
    DateOnly? LawyerRequestedOn,
    DateOnly? MediationOfferedOn,
    MediationOutcome? MediationOutcome,
    DateOnly? CommunityServiceOfferedOn,
    DateOnly? NoticeSentOn,
    NotificationChannel? NoticeChannel,
    IReadOnlyList<WrittenDefence> Defences,
    Hearing? Hearing,
    DateOnly? DecisionNotifiedOn,
    NotificationChannel? DecisionChannel,
    Appeal? Appeal,
    DateOnly? EnforceableOn,
    DateOnly? RemindedOn,
    DateOnly? OverdueSince,
    DateOnly? HandedOverOn,
    int? TimeBarWarnedAtDays,
    DateOnly? NextDueOn);

/// <summary>What a final fine asks and what came in.</summary>
/// <param name="Overpaid">Paid beyond the fine and not yet refunded: to be refunded.</param>
public sealed record PaymentDetails(
    decimal AmountDue,
    decimal AmountPaid,
    decimal Outstanding,
    decimal AmountRefunded,
    decimal Overpaid,
    string StructuredCommunication,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<Refund> Refunds);

public sealed record TimelineEntry(DateTimeOffset At, string Type, string By, string? Detail);
