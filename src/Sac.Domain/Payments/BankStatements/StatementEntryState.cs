namespace Sac.Domain.Payments.BankStatements;

/// <summary>Where a movement of an imported statement stands.</summary>
public enum StatementEntryState
{
    /// <summary>Money paid out: listed, not matched.</summary>
    Debit,

    /// <summary>Put on a case by the import.</summary>
    Matched,

    /// <summary>Waiting in the unmatched queue for the official.</summary>
    Unmatched,

    /// <summary>Put on a case by the official.</summary>
    Assigned,

    /// <summary>Not a GAS payment, says the official, with a note.</summary>
    SetAside,
}
