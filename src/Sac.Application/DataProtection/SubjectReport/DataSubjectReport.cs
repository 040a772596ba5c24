using Sac.Application.Cases.GetCase;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Payments;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.DataProtection.SubjectReport;

/// <summary>
/// All data Sac holds about one national register number in the auditor's municipalities (GDPR art. 15, for the DPO):
/// the cases where the person is the offender, the register lines, the registry lookups of the number, the documents, and the
/// college sanctions and place bans addressed to the person.
/// The number is shown in full: the auditor looked it up on purpose. Anonymised data is no longer about the person and
/// is not found.
/// </summary>
public sealed record DataSubjectReport(
    string NationalRegisterNumber,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<SubjectCase> Cases,
    IReadOnlyList<SubjectRegisterEntry> RegisterEntries,
    IReadOnlyList<SubjectRegistryAccess> RegistryAccesses,
    IReadOnlyList<SubjectDocument> Documents,
    IReadOnlyList<SubjectCollegeSanction> CollegeSanctions,
    IReadOnlyList<SubjectPlaceBan> PlaceBans)
{
    public bool IsEmpty => Cases.Count == 0 && RegisterEntries.Count == 0 && RegistryAccesses.Count == 0 && Documents.Count == 0
        && CollegeSanctions.Count == 0 && PlaceBans.Count == 0;
}

/// <summary>Who the person is, as a case or a register line records it.</summary>
public sealed record SubjectIdentity(
    string? NationalRegisterNumber, string? LastName, string? FirstName, DateOnly? BirthDate, bool BirthDateEstimated, string? Language, Address? Address);

public sealed record SubjectCase(
    Guid Id,
    string Number,
    string Municipality,
    CaseStatus Status,
    string InfractionCode,
    InfractionCategory InfractionCategory,
    DateTimeOffset FactsAt,
    DateTimeOffset FindingAt,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    SubjectIdentity Offender,
    Place Place,
    string? Description,
    IReadOnlyList<WrittenDefence> Defences,
    Hearing? Hearing,
    Decision? Decision,
    IReadOnlyList<Payment> Payments,
    CloseReason? CloseReason,
    DateOnly? ClosedOn,
    IReadOnlyList<TimelineEntry> Timeline);

public sealed record SubjectRegisterEntry(
    Guid Id,
    string Municipality,
    string InfractionCode,
    DateOnly DecidedOn,
    SanctionKind Kind,
    decimal? Amount,
    int? Hours,
    bool Final,
    string? CaseNumber,
    SubjectIdentity Offender,
    DateTimeOffset RecordedAt,
    string RecordedBy);

/// <summary>One consultation of a registry about the number: who, when, why, and which fields came back (never the values).</summary>
public sealed record SubjectRegistryAccess(
    DateTimeOffset At,
    string UserName,
    string Role,
    RegistryKind Registry,
    DateOnly? AtDate,
    string Reference,
    RegistryPurpose? Purpose,
    RegistryAccessOutcome Outcome,
    string FieldsReturned);

/// <summary>A letter or attachment of one of the person's cases, without its content; the digest proves which file it was.</summary>
public sealed record SubjectDocument(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    DocumentKind Kind,
    string? Language,
    string FileName,
    long Size,
    string Sha256,
    DateTimeOffset CreatedAt,
    DateOnly? PostedOn,
    DateOnly? ContentErasedOn);

/// <summary>A college sanction whose holder is the person: what, where, its dates and the name its letters carry.</summary>
public sealed record SubjectCollegeSanction(
    Guid Id,
    string Reference,
    string Municipality,
    string HolderName,
    string Subject,
    CollegeSanctionKind? Kind,
    DateOnly? WarnedOn,
    DateOnly? DecidedOn,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateOnly? NotifiedOn,
    DateTimeOffset RecordedAt,
    string RecordedBy);

/// <summary>A place ban imposed on the person: where, on which ground, heard when, and its periods.</summary>
public sealed record SubjectPlaceBan(
    Guid Id,
    string Reference,
    string Municipality,
    string PersonName,
    string Place,
    PlaceBanGround Ground,
    DateOnly HeardOn,
    IReadOnlyList<PlaceBanPeriod> Periods,
    DateTimeOffset RecordedAt,
    string RecordedBy);
