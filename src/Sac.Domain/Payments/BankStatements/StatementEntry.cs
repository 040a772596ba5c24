using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// One movement of an imported statement, known by account, statement number and bank reference (unique), and what
/// became of it: a credit is put on the case it pays, or waits in the unmatched queue until the official assigns it
/// to a case or sets it aside. Every payment goes through <see cref="Case.RegisterPayment"/>, so it is on the case's
/// timeline and in the audit trail like a payment registered by hand.
/// </summary>
public sealed class StatementEntry
{
    /// <summary>The longest communication a payment keeps: a SEPA transfer's unstructured remittance.</summary>
    public const int CommunicationLength = 140;

    public const int NoteLength = 500;

    public static readonly Error NotUnmatched =
        new("BANK_ENTRY_NOT_UNMATCHED", "This line is no longer in the unmatched queue.", ErrorKind.BusinessRule);

    public static readonly Error NoteRequired =
        new("BANK_ENTRY_NOTE_REQUIRED", "Say why this line is not a GAS payment.", Field: "note");

    private StatementEntry()
    {
        MunicipalityNis = AccountIban = StatementNumber = BankReference = Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid StatementId { get; private set; }

    public string MunicipalityNis { get; private set; }

    public string AccountIban { get; private set; }

    public string StatementNumber { get; private set; }

    public string BankReference { get; private set; }

    public DateOnly BookingDate { get; private set; }

    public DateOnly? ValueDate { get; private set; }

    /// <summary>Positive for money received, negative for money paid out.</summary>
    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public string? CounterpartyName { get; private set; }

    public string? CounterpartyIban { get; private set; }

    /// <summary>+++ddd/dddd/ddddd+++ when the payer gave a valid one.</summary>
    public string? StructuredCommunication { get; private set; }

    public string? FreeCommunication { get; private set; }

    public StatementEntryState State { get; private set; }

    public UnmatchedReason? UnmatchedReason { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    /// <summary>Why the official set the line aside.</summary>
    public string? Note { get; private set; }

    public string? ResolvedBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsCredit => Amount > 0;

    /// <summary>The day the money counts as paid: the value date, else the booking date.</summary>
    public DateOnly PaidOn => ValueDate ?? BookingDate;

    /// <summary>What the payment keeps of the communication: the structured one, else the free text (cut to fit).</summary>
    public string? Communication => StructuredCommunication
        ?? (FreeCommunication is { Length: > CommunicationLength } text ? text[..CommunicationLength] : FreeCommunication);

    public static StatementEntry From(ImportedStatement statement, BankStatementLine line)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(line);
        return new StatementEntry
        {
            Id = Guid.NewGuid(),
            StatementId = statement.Id,
            MunicipalityNis = statement.MunicipalityNis,
            AccountIban = statement.AccountIban,
            StatementNumber = statement.StatementNumber,
            BankReference = line.BankReference,
            BookingDate = line.BookingDate,
            ValueDate = line.ValueDate,
            Amount = line.Amount,
            Currency = line.Currency,
            CounterpartyName = line.CounterpartyName,
            CounterpartyIban = line.CounterpartyIban,
            StructuredCommunication = line.StructuredCommunication?.ToString(),
            FreeCommunication = line.FreeCommunication,
            State = line.Amount > 0 ? StatementEntryState.Unmatched : StatementEntryState.Debit,
            Version = 1,
        };
    }

    /// <summary>The import's match: the payment goes on the case, or the line waits with the reason.</summary>
    public void Apply(TransferMatch match, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Case is null)
        {
            UnmatchedReason = match.Reason;
            return;
        }

        if (Pay(match.Case, StatementEntryState.Matched, now, by).IsFailure)
        {
            UnmatchedReason = BankStatements.UnmatchedReason.PaymentRefused;
        }
    }

    /// <summary>The official puts an unmatched line on a case; the case refuses it as it refuses any payment it does not await.</summary>
    public Result AssignTo(Case paid, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(paid);
        if (State != StatementEntryState.Unmatched)
        {
            return NotUnmatched;
        }

        if (!paid.AcceptsPayments)
        {
            return CaseErrors.NothingOwed;
        }

        return Pay(paid, StatementEntryState.Assigned, now, by);
    }

    public Result SetAside(string? note, DateTimeOffset now, string by)
    {
        if (State != StatementEntryState.Unmatched)
        {
            return NotUnmatched;
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return NoteRequired;
        }

        State = StatementEntryState.SetAside;
        Note = note.Trim();
        Resolved(now, by);
        return Result.Success();
    }

    private Result Pay(Case paid, StatementEntryState state, DateTimeOffset now, string by)
    {
        var registered = paid.RegisterPayment(PaidOn, Amount, Communication, now, by);
        if (registered.IsSuccess)
        {
            State = state;
            UnmatchedReason = null;
            CaseId = paid.Id;
            CaseNumber = paid.Number;
            Resolved(now, by);
        }

        return registered;
    }

    private void Resolved(DateTimeOffset now, string by)
    {
        ResolvedAt = now;
        ResolvedBy = by;
        Version++;
    }
}
