using Sac.Domain.Payments.BankStatements;

namespace Sac.Application.Payments.BankStatements;

public interface IBankStatementRepository
{
    Task<ImportedStatement?> FindAsync(string accountIban, string statementNumber, CancellationToken cancellationToken);

    Task<IReadOnlyList<StatementEntry>> EntriesOfAsync(Guid statementId, CancellationToken cancellationToken);

    Task<StatementEntry?> GetEntryAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The municipality's credit lines waiting for the official, oldest first.</summary>
    Task<IReadOnlyList<StatementEntry>> ListUnmatchedAsync(string municipalityNis, CancellationToken cancellationToken);

    /// <summary>How many lines wait in each of these municipalities' unmatched queues; a municipality without any is left out.</summary>
    Task<IReadOnlyDictionary<string, int>> CountUnmatchedAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);

    void Add(ImportedStatement statement);

    void Add(StatementEntry entry);
}
