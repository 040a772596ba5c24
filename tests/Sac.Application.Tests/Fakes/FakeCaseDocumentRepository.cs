using Sac.Application.Common.Ports;
using Sac.Application.Documents;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Fakes;

internal sealed class FakeCaseDocumentRepository : ICaseDocumentRepository
{
    public List<CaseDocument> Stored { get; } = [];

    public void Add(CaseDocument document) => Stored.Add(document);

    public Task<CaseDocument?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.SingleOrDefault(d => d.Id == id));

    public Task<CaseDocument?> FindAwaitingPostingAsync(Guid caseId, DocumentKind kind, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.LastOrDefault(d => d.CaseId == caseId && d.Kind == kind && d.PostedOn is null));

    public Task<IReadOnlyList<DocumentSummary>> ListAsync(Guid caseId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentSummary>>([.. Stored.Where(d => d.CaseId == caseId).Reverse().Select(Summary)]);

    public Task<IReadOnlyList<DocumentSummary>> ListPostTrayAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentSummary>>([.. Stored.Where(d => municipalities.Contains(d.MunicipalityNis) && d.AwaitsPosting).Select(Summary)]);

    private static DocumentSummary Summary(CaseDocument d) =>
        new(d.Id, d.CaseId, d.CaseNumber, d.MunicipalityNis, d.Kind, d.Language, d.FileName, d.ContentType, d.Size, d.Sha256, d.CreatedAt, d.CreatedBy, d.PostedOn);
}
