using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Application.Documents;
using Sac.Domain.Documents;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class CaseDocumentRepository(SacDbContext db) : ICaseDocumentRepository
{
    public void Add(CaseDocument document) => db.CaseDocuments.Add(document);

    public Task<CaseDocument?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.CaseDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task<CaseDocument?> FindAwaitingPostingAsync(Guid caseId, DocumentKind kind, CancellationToken cancellationToken) =>
        db.CaseDocuments.Local.FirstOrDefault(d => d.CaseId == caseId && d.Kind == kind && d.PostedOn is null)
        ?? await db.CaseDocuments
            .Where(d => d.CaseId == caseId && d.Kind == kind && d.PostedOn == null)
            .OrderByDescending(d => d.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(Guid caseId, CancellationToken cancellationToken) =>
        await Summaries(db.CaseDocuments.Where(d => d.CaseId == caseId).OrderByDescending(d => d.CreatedAt)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DocumentSummary>> ListPostTrayAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        await Summaries(db.CaseDocuments
                .Where(d => municipalities.Contains(d.MunicipalityNis) && d.PostedOn == null && !DocumentKinds.Received.Contains(d.Kind))
                .OrderBy(d => d.CreatedAt))
            .ToListAsync(cancellationToken);

    // A projection: the content stays in the database.
    private static IQueryable<DocumentSummary> Summaries(IQueryable<CaseDocument> documents) =>
        documents.AsNoTracking().Select(d => new DocumentSummary(
            d.Id, d.CaseId, d.CaseNumber, d.MunicipalityNis, d.Kind, d.Language, d.FileName, d.ContentType, d.Size, d.Sha256, d.CreatedAt, d.CreatedBy, d.PostedOn));
}
