using Sac.Domain.Documents;

namespace Sac.Application.Documents;

/// <summary>A letter or attachment of a case, without its content.</summary>
public sealed record DocumentSummary(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string MunicipalityNis,
    DocumentKind Kind,
    string? Language,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateOnly? PostedOn);
