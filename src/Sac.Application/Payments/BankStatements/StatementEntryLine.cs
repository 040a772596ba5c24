using Sac.Domain.Payments.BankStatements;

namespace Sac.Application.Payments.BankStatements;

/// <summary>A movement of an imported statement as lists and answers show it.</summary>
public sealed record StatementEntryLine(
    Guid Id,
    string BankReference,
    DateOnly BookingDate,
    DateOnly? ValueDate,
    decimal Amount,
    string Currency,
    string? CounterpartyName,
    string? CounterpartyIban,
    string? StructuredCommunication,
    string? FreeCommunication,
    StatementEntryState State,
    UnmatchedReason? Reason,
    Guid? CaseId,
    string? CaseNumber,
    string? Note,
    int Version)
{
    public static StatementEntryLine From(StatementEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.Id, entry.BankReference, entry.BookingDate, entry.ValueDate, entry.Amount, entry.Currency, entry.CounterpartyName,
            entry.CounterpartyIban, entry.StructuredCommunication, entry.FreeCommunication, entry.State, entry.UnmatchedReason,
            entry.CaseId, entry.CaseNumber, entry.Note, entry.Version);
    }
}

/// <summary>An imported statement and its movements; <see cref="AlreadyImported"/> when the file brought nothing new.</summary>
public sealed record BankStatementImport(
    Guid Id,
    string Municipality,
    string AccountIban,
    string StatementNumber,
    DateOnly StatementDate,
    BankStatementFormat Format,
    string FileSha256,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    bool AlreadyImported,
    IReadOnlyList<StatementEntryLine> Lines)
{
    public int Matched => Lines.Count(l => l.State == StatementEntryState.Matched);

    public int Unmatched => Lines.Count(l => l.State == StatementEntryState.Unmatched);
}
