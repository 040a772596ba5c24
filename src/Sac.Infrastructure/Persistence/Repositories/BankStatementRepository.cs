using Microsoft.EntityFrameworkCore;
using Sac.Application.Payments.BankStatements;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class BankStatementRepository(SacDbContext db) : IBankStatementRepository
{
    public Task<ImportedStatement?> FindAsync(string accountIban, string statementNumber, CancellationToken cancellationToken) =>
        db.BankStatements.SingleOrDefaultAsync(s => s.AccountIban == accountIban && s.StatementNumber == statementNumber, cancellationToken);

    public async Task<IReadOnlyList<StatementEntry>> EntriesOfAsync(Guid statementId, CancellationToken cancellationToken) =>
        await db.BankStatementEntries.Where(e => e.StatementId == statementId).ToListAsync(cancellationToken);

    public Task<StatementEntry?> GetEntryAsync(Guid id, CancellationToken cancellationToken) =>
        db.BankStatementEntries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<IReadOnlyList<StatementEntry>> ListUnmatchedAsync(string municipalityNis, CancellationToken cancellationToken) =>
        await db.BankStatementEntries.AsNoTracking()
            .Where(e => e.MunicipalityNis == municipalityNis && e.State == StatementEntryState.Unmatched)
            .OrderBy(e => e.BookingDate).ThenBy(e => e.BankReference)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, int>> CountUnmatchedAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        var asked = municipalities.ToList();
        return await db.BankStatementEntries
            .Where(e => asked.Contains(e.MunicipalityNis) && e.State == StatementEntryState.Unmatched)
            .GroupBy(e => e.MunicipalityNis)
            .Select(g => new { Nis = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Nis, g => g.Count, cancellationToken);
    }

    public void Add(ImportedStatement statement) => db.BankStatements.Add(statement);

    public void Add(StatementEntry entry) => db.BankStatementEntries.Add(entry);
}
