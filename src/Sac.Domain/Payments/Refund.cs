namespace Sac.Domain.Payments;

/// <summary>Money paid back to the payer of an over-payment, to the account it was sent to (compact IBAN).</summary>
public sealed record Refund(DateOnly RefundedOn, decimal Amount, string Iban, string RecordedBy);
