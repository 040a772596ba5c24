namespace Sac.Domain.Payments.BankStatements;

/// <summary>A movement that becomes a statement line, under the bank reference it gets there.</summary>
internal sealed record CodaTransaction(CodaMovement Movement, string BankReference)
{
    public BankStatementLine ToLine(string accountIban, string currency) => Movement.ToLine(accountIban, currency, BankReference);
}
