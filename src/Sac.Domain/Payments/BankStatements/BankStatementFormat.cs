namespace Sac.Domain.Payments.BankStatements;

/// <summary>The two statement formats Belgian banks deliver: CODA (fixed-width records) and ISO 20022 camt.053 (XML).</summary>
public enum BankStatementFormat
{
    Coda,
    Camt053,
}
