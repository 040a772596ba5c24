using Sac.Domain.Measures;

namespace Sac.Application.Common.Ports;

public interface IMeasureDocumentRepository
{
    void Add(MeasureDocument document);

    /// <summary>One letter with its content.</summary>
    Task<MeasureDocument?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The letters of a college sanction or place ban, oldest first, without their content.</summary>
    Task<IReadOnlyList<Measures.MeasureDocumentSummary>> ListAsync(Guid measureId, CancellationToken cancellationToken);
}
