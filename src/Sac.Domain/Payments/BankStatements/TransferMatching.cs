using Sac.Domain.Cases;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>The case a credit line pays, or why none: <see cref="Case"/> xor <see cref="Reason"/>.</summary>
public sealed record TransferMatch(Case? Case, UnmatchedReason? Reason)
{
    public static TransferMatch To(Case paid) => new(paid, null);

    public static TransferMatch None(UnmatchedReason reason) => new(null, reason);
}

/// <summary>
/// Which case a credit line of the municipality's account pays. The structured communication decides first: the
/// case it names takes the payment while it accepts payments (a double payment on a paid case too, to be refunded).
/// Without a usable communication, a case awaiting payment whose outstanding amount is the line's and whose offender
/// bears the payer's name takes it, when it is the only one; anything else is left to the official.
/// </summary>
public static class TransferMatching
{
    public const string Euro = "EUR";

    /// <param name="named">The municipality's case whose payment reference is the line's structured communication, if any.</param>
    /// <param name="awaitingPayment">The municipality's cases awaiting payment (at least those with this outstanding amount).</param>
    public static TransferMatch Match(BankStatementLine line, Case? named, IEnumerable<Case> awaitingPayment)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(awaitingPayment);
        if (!string.Equals(line.Currency, Euro, StringComparison.OrdinalIgnoreCase))
        {
            return TransferMatch.None(UnmatchedReason.NotInEuro);
        }

        if (named is not null)
        {
            return named.AcceptsPayments ? TransferMatch.To(named) : TransferMatch.None(UnmatchedReason.NothingOwed);
        }

        var candidates = awaitingPayment
            .Where(c => CaseTransitions.AwaitingPayment.Contains(c.Status) && c.Outstanding == line.Amount && PayerName.Matches(line.CounterpartyName, c.Offender))
            .Take(2)
            .ToList();
        return candidates.Count switch
        {
            1 => TransferMatch.To(candidates[0]),
            > 1 => TransferMatch.None(UnmatchedReason.SeveralCandidates),
            _ => TransferMatch.None(line.StructuredCommunication is null ? UnmatchedReason.NoCandidate : UnmatchedReason.UnknownCommunication),
        };
    }
}
