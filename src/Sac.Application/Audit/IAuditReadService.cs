using Sac.Application.Common;
using Sac.Domain.Audit;

namespace Sac.Application.Audit;

/// <summary>The read side of the audit trail and of the registry-access log: projections, newest first.</summary>
public interface IAuditReadService
{
    Task<PagedList<AuditLine>> SearchEntriesAsync(AuditEntryCriteria criteria, CancellationToken cancellationToken);

    Task<PagedList<RegistryAccessLine>> SearchRegistryAccessesAsync(RegistryAccessCriteria criteria, CancellationToken cancellationToken);

    /// <summary>The entries about one case, oldest first, as its timeline reads.</summary>
    Task<IReadOnlyList<AuditLine>> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken);
}

/// <summary>One line of the audit trail; <see cref="Before"/> and <see cref="After"/> are compact JSON objects of the changed fields.</summary>
public sealed record AuditLine(
    long Id,
    DateTimeOffset At,
    string UserName,
    string Roles,
    string Action,
    string? Municipality,
    AuditSubject? Subject,
    string? SubjectId,
    string? SubjectLabel,
    string? Before,
    string? After);

/// <summary>One consultation of a registry; <see cref="FieldsReturned"/> are field names, never values.</summary>
public sealed record RegistryAccessLine(
    long Id,
    DateTimeOffset At,
    string UserName,
    string Role,
    RegistryKind Registry,
    string Subject,
    DateOnly? AtDate,
    string Reference,
    RegistryPurpose? Purpose,
    RegistryAccessOutcome Outcome,
    string FieldsReturned);

/// <param name="Municipalities">Only entries of these municipalities (an entry about a user: a user who works for one of them).</param>
/// <param name="From">Inclusive.</param>
/// <param name="Until">Exclusive.</param>
/// <param name="Subject">A case id or number, NIS code, infraction code, block id or title, or user name: matched exactly.</param>
public sealed record AuditEntryCriteria(
    IReadOnlyCollection<string> Municipalities,
    DateTimeOffset? From,
    DateTimeOffset? Until,
    string? UserName,
    string? Action,
    string? Subject,
    int Page,
    int PageSize);

/// <param name="Municipalities">
/// Only lines of these municipalities: a line belongs to the municipality of the case its reference names (a case id, or
/// the externalId of the finding that opened it); a line whose reference names no case belongs to the municipalities of
/// the user who made the lookup.
/// </param>
/// <param name="Subjects">The number or plate as typed and in its compact form (digits and capitals only); matched exactly.</param>
public sealed record RegistryAccessCriteria(
    IReadOnlyCollection<string> Municipalities,
    DateTimeOffset? From,
    DateTimeOffset? Until,
    string? UserName,
    RegistryAccessOutcome? Outcome,
    RegistryKind? Registry,
    RegistryPurpose? Purpose,
    IReadOnlyCollection<string> Subjects,
    string? Reference,
    int Page,
    int PageSize);
