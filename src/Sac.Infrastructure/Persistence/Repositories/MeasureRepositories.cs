using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Application.Measures;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class CollegeSanctionRepository(SacDbContext db) : ICollegeSanctionRepository
{
    public void Add(CollegeSanction sanction) => db.CollegeSanctions.Add(sanction);

    public Task<CollegeSanction?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.CollegeSanctions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<CollegeSanction>> ListAsync(string municipalityNis, CancellationToken cancellationToken) =>
        await db.CollegeSanctions.AsNoTracking().Where(s => s.MunicipalityNis == municipalityNis).OrderByDescending(s => s.RecordedAt).ToListAsync(cancellationToken);
}

internal sealed class PlaceBanRepository(SacDbContext db) : IPlaceBanRepository
{
    public void Add(PlaceBan ban) => db.PlaceBans.Add(ban);

    public Task<PlaceBan?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.PlaceBans.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    public async Task<IReadOnlyList<PlaceBan>> ListAsync(string municipalityNis, CancellationToken cancellationToken) =>
        await db.PlaceBans.AsNoTracking().Where(b => b.MunicipalityNis == municipalityNis).OrderByDescending(b => b.RecordedAt).ToListAsync(cancellationToken);
}

internal sealed class MeasureDocumentRepository(SacDbContext db) : IMeasureDocumentRepository
{
    public void Add(MeasureDocument document) => db.MeasureDocuments.Add(document);

    public Task<MeasureDocument?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.MeasureDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    // A projection: the content stays in the database.
    public async Task<IReadOnlyList<MeasureDocumentSummary>> ListAsync(Guid measureId, CancellationToken cancellationToken) =>
        await db.MeasureDocuments.AsNoTracking()
            .Where(d => d.MeasureId == measureId)
            .OrderBy(d => d.CreatedAt)
            .Select(d => new MeasureDocumentSummary(d.Id, d.Kind, d.Language, d.FileName, d.Size, d.Sha256, d.CreatedAt, d.CreatedBy))
            .ToListAsync(cancellationToken);
}
