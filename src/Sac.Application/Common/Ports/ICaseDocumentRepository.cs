using Sac.Application.Documents;
using Sac.Domain.Documents;

namespace Sac.Application.Common.Ports;

public interface ICaseDocumentRepository
{
    void Add(CaseDocument document);

    /// <summary>One document with its content.</summary>
    Task<CaseDocument?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The letter of this kind waiting in the post tray for the case, if one was prepared.</summary>
    Task<CaseDocument?> FindAwaitingPostingAsync(Guid caseId, DocumentKind kind, CancellationToken cancellationToken);

    /// <summary>A case's documents, newest first, without their content.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>Letters waiting to be posted in the municipalities given, oldest first, without their content.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListPostTrayAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);
}
