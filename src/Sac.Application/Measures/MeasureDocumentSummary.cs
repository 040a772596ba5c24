using Sac.Domain.Measures;

namespace Sac.Application.Measures;

/// <summary>A letter of a measure without its content.</summary>
public sealed record MeasureDocumentSummary(Guid Id, MeasureLetterKind Kind, string Language, string FileName, long Size, string Sha256, DateTimeOffset CreatedAt, string CreatedBy);
