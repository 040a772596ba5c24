namespace Sac.Domain.Payments.BankStatements;

/// <summary>A bank statement of one account: its number and date as the bank gave them, and its movements.</summary>
public sealed record BankStatement(string AccountIban, string Currency, string StatementNumber, DateOnly StatementDate, IReadOnlyList<BankStatementLine> Lines);
