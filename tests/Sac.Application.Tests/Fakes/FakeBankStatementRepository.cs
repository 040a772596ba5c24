using Sac.Application.Payments.BankStatements;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Application.Tests.Fakes;

/// <summary>An in-memory <see cref="IBankStatementRepository"/>.</summary>
internal sealed class FakeBankStatementRepository : IBankStatementRepository
{
    private readonly List<ImportedStatement> statements = [];

    public List<StatementEntry> Entries { get; } = [];

    public Task<ImportedStatement?> FindAsync(string accountIban, string statementNumber, CancellationToken cancellationToken) =>
        Task.FromResult(statements.FirstOrDefault(s => s.AccountIban == accountIban && s.StatementNumber == statementNumber));

    public Task<IReadOnlyList<StatementEntry>> EntriesOfAsync(Guid statementId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StatementEntry>>([.. Entries.Where(e => e.StatementId == statementId)]);

    public Task<StatementEntry?> GetEntryAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.FirstOrDefault(e => e.Id == id));

    public Task<IReadOnlyList<StatementEntry>> ListUnmatchedAsync(string municipalityNis, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StatementEntry>>([.. Unmatched(municipalityNis)]);

    public Task<IReadOnlyDictionary<string, int>> CountUnmatchedAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(municipalities.Where(m => Unmatched(m).Any()).ToDictionary(m => m, m => Unmatched(m).Count()));

    public void Add(ImportedStatement statement) => statements.Add(statement);

    public void Add(StatementEntry entry) => Entries.Add(entry);

    private IEnumerable<StatementEntry> Unmatched(string municipalityNis) =>
        Entries.Where(e => e.MunicipalityNis == municipalityNis && e.State == StatementEntryState.Unmatched);
}
