namespace Sac.Domain.Payments.BankStatements;

/// <summary>Why a credit line was not put on a case: the official decides in the unmatched queue.</summary>
public enum UnmatchedReason
{
    /// <summary>A structured communication that is no case's of the municipality, and no single case fits name and amount.</summary>
    UnknownCommunication,

    /// <summary>The communication names a case that owes nothing (no fine, not yet enforceable, closed).</summary>
    NothingOwed,

    /// <summary>No structured communication, and no case with this outstanding amount and the payer's name.</summary>
    NoCandidate,

    /// <summary>No structured communication, and several cases with this outstanding amount and the payer's name.</summary>
    SeveralCandidates,

    /// <summary>Fines are in euro: an amount in another currency is left to the official.</summary>
    NotInEuro,

    /// <summary>The case refused the payment (a payment dated before the finding).</summary>
    PaymentRefused,
}
