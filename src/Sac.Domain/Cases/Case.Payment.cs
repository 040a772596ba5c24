using System.Globalization;
using Sac.Domain.Common;
using Sac.Domain.Deadlines;
using Sac.Domain.Payments;

namespace Sac.Domain.Cases;

/// <summary>Payment of a final fine: partial payments, a reminder with a new term, forced collection (gas-law.md §5 T15–T16).</summary>
public sealed partial class Case
{
    private readonly List<Payment> payments = [];

    public IReadOnlyList<Payment> Payments => payments;

    public DateOnly? RemindedOn { get; private set; }

    /// <summary>The day after the reminder's term ended unpaid: the case can go to forced collection.</summary>
    public DateOnly? OverdueSince { get; private set; }

    public DateOnly? HandedOverOn { get; private set; }

    /// <summary>What the final decision imposes (as reduced on appeal); null when no fine is owed.</summary>
    public decimal? AmountDue => EnforceableOn is not null && Decision is { Kind: Decisions.DecisionKind.Fine } decision ? decision.Amount : null;

    public decimal AmountPaid => payments.Sum(p => p.Amount);

    public decimal? Outstanding => AmountDue is { } due ? Math.Max(0m, due - AmountPaid) : null;

    /// <summary>
    /// A fine is owed and payments are expected, or it is paid and a late or double payment must still be kept, to be
    /// refunded (<see cref="Overpaid"/>). A case without a fine, not yet enforceable or closed takes no payment.
    /// </summary>
    public bool AcceptsPayments => AmountDue is not null && (CaseTransitions.AwaitingPayment.Contains(Status) || Status == CaseStatus.Paid);

    /// <summary>The structured communication to pay with, from the case number (NIS-year-sequence): unique per municipality.</summary>
    public StructuredCommunication PaymentReference
    {
        get
        {
            var parts = Number.Split('-');
            return StructuredCommunication.ForCase(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The number of the case whose <see cref="PaymentReference"/> this is, in that municipality (years 2000 to 2099).</summary>
    public static string NumberPaidWith(string municipalityNis, StructuredCommunication reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var tenDigits = reference.Digits / 100;
        return string.Create(CultureInfo.InvariantCulture, $"{municipalityNis}-{2000 + (tenDigits / 100_000_000)}-{tenDigits % 100_000_000:D6}");
    }

    /// <summary>
    /// A payment received; when the fine is paid in full the case is Paid. More than the fine, or a payment after the
    /// case is Paid, is kept as paid: the excess is <see cref="Overpaid"/>, to be refunded.
    /// </summary>
    public Result RegisterPayment(DateOnly paidOn, decimal amount, string? communication, DateTimeOffset now, string by)
    {
        if (!AcceptsPayments)
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        if (amount <= 0)
        {
            return CaseErrors.PaymentAmountInvalid;
        }

        var dated = CheckStepDate(paidOn, "paidOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        var happened = new CaseEvent(now, CaseEvent.PaymentRegistered, by, $"{amount:0.00} {paidOn:yyyy-MM-dd}");
        var payment = new Payment(paidOn, amount, communication?.Trim(), by);
        return Status != CaseStatus.Paid && AmountPaid + amount >= AmountDue
            ? MoveTo(CaseStatus.Paid, happened, () => payments.Add(payment))
            : Record(happened, () => payments.Add(payment));
    }

    /// <summary>The official hands the unpaid fine to the financial director for a writ of execution and the bailiff.</summary>
    public Result HandOverToCollection(DateOnly on, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.PaymentReminded || OverdueSince is null)
        {
            return CaseErrors.NotOverdue;
        }

        var dated = CheckStepDate(on, "on");
        return dated.IsFailure ? dated : MoveTo(
            CaseStatus.InCollection,
            new CaseEvent(now, CaseEvent.HandedOverToCollection, by, $"{Outstanding:0.00} {on:yyyy-MM-dd}"),
            () => HandedOverOn = on);
    }

    /// <summary>The payment term ended unpaid: a reminder goes out with a new term.</summary>
    private bool ApplyPaymentTerm(DateOnly today, DateTimeOffset now, string by) =>
        Status == CaseStatus.Enforceable && AmountDue is not null && Deadlines.Payment is { } lastDay && today > lastDay
        && MoveTo(
            CaseStatus.PaymentReminded,
            new CaseEvent(now, CaseEvent.PaymentReminded, by, $"{Outstanding:0.00} {today:yyyy-MM-dd}"),
            () =>
            {
                RemindedOn = today;
                Deadlines = Deadlines with { Payment = ProcedureDeadlines.Reminder(today, Regime) };
            }).IsSuccess;

    /// <summary>The reminder's term ended unpaid: the case waits for the hand-over to forced collection.</summary>
    private bool ApplyReminderTerm(DateOnly today, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.PaymentReminded || OverdueSince is not null || Deadlines.Payment is not { } lastDay || today <= lastDay)
        {
            return false;
        }

        return Record(new CaseEvent(now, CaseEvent.PaymentOverdue, by, $"{Outstanding:0.00}"), () => OverdueSince = lastDay.AddDays(1)).IsSuccess;
    }
}
