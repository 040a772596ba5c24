using Sac.Application.Cases.Steps;

namespace Sac.Web.Models;

/// <summary>A payment received on the municipality's account; the case's structured communication comes prefilled.</summary>
public sealed class PaymentForm : StepForm
{
    public DateOnly? PaidOn { get; set; }

    /// <summary>Text, read by <see cref="Models.Amount"/>.</summary>
    public string? Amount { get; set; }

    public string? Communication { get; set; }

    public bool AmountUnreadable => !Models.Amount.TryParse(Amount, out _);

    public RegisterPaymentCommand ToCommand(Guid caseId, int? version) =>
        new(caseId, PaidOn, Models.Amount.TryParse(Amount, out var amount) ? amount : null, Communication, version);
}

/// <summary>An over-payment sent back to the payer; the overpaid amount comes prefilled, the payer's IBAN is typed.</summary>
public sealed class RefundForm : StepForm
{
    public DateOnly? RefundedOn { get; set; }

    /// <summary>Text, read by <see cref="Models.Amount"/>.</summary>
    public string? Amount { get; set; }

    public string? Iban { get; set; }

    public bool AmountUnreadable => !Models.Amount.TryParse(Amount, out _);

    public RecordRefundCommand ToCommand(Guid caseId, int? version) =>
        new(caseId, RefundedOn, Models.Amount.TryParse(Amount, out var amount) ? amount : null, Iban, version);
}

/// <summary>The fine still unpaid after the reminder, handed over to the financial director for forced collection.</summary>
public sealed class HandOverForm : StepForm
{
    public DateOnly? On { get; set; }

    public HandOverToCollectionCommand ToCommand(Guid caseId, int? version) => new(caseId, On, version);
}
