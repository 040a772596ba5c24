using Sac.Domain.Common;
using Sac.Domain.Payments;

namespace Sac.Domain.Cases;

/// <summary>Over-payments (a payment beyond the fine, a double payment) and the refunds that settle them.</summary>
public sealed partial class Case
{
    private readonly List<Refund> refunds = [];

    public IReadOnlyList<Refund> Refunds => refunds;

    public decimal AmountRefunded => refunds.Sum(r => r.Amount);

    /// <summary>What was paid beyond the fine and not yet refunded: max(0, paid − due − refunded); 0 without a fine.</summary>
    public decimal Overpaid => AmountDue is { } due ? Math.Max(0m, AmountPaid - due - AmountRefunded) : 0m;

    /// <summary>A refund sent to the payer: at most what is overpaid, in any status (a paid case may be closed before).</summary>
    public Result RecordRefund(DateOnly refundedOn, decimal amount, string iban, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(iban);
        if (amount <= 0 || amount > Overpaid)
        {
            return CaseErrors.RefundExceedsOverpaid;
        }

        var account = Iban.Compact(iban);
        if (!Iban.IsValid(account))
        {
            return CaseErrors.RefundIbanInvalid;
        }

        var dated = CheckStepDate(refundedOn, "refundedOn");
        return dated.IsFailure ? dated : Record(
            new CaseEvent(now, CaseEvent.RefundRecorded, by, $"{amount:0.00} {refundedOn:yyyy-MM-dd}"),
            () => refunds.Add(new Refund(refundedOn, amount, account, by)));
    }
}
