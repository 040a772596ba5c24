namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// One movement on a bank statement, as the bank reported it. <see cref="Amount"/> is positive for money
/// received (credit), negative for money paid out (debit). <see cref="BankReference"/> is unique per movement,
/// so a statement imported twice can be recognised.
/// </summary>
public sealed record BankStatementLine(
    string AccountIban,
    string BankReference,
    DateOnly BookingDate,
    DateOnly? ValueDate,
    decimal Amount,
    string Currency,
    string? CounterpartyName,
    string? CounterpartyIban,
    StructuredCommunication? StructuredCommunication,
    string? FreeCommunication)
{
    /// <summary>The longest bank reference: camt.053's Max35Text (CODA's are 21 characters).</summary>
    public const int ReferenceLength = 35;
}
