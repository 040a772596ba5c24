using Sac.Domain.Common;

namespace Sac.Domain.Cases;

public static class CaseErrors
{
    public static readonly Error FactsBeforeGasLaw =
        new("FACTS_BEFORE_GAS_LAW", "The GAS law applies to facts from 2014-01-01 on.", Field: "factsAt");

    public static readonly Error FindingBeforeFacts =
        new("FINDING_BEFORE_FACTS", "The finding cannot come before the facts.", Field: "findingAt");

    public static readonly Error InFuture =
        new("IN_FUTURE", "This moment lies in the future.");

    public static readonly Error BeforeFinding =
        new("BEFORE_FINDING", "This step cannot come before the finding.");

    public static readonly Error NoProsecutorStep =
        new("INVALID_STATE", "This case does not wait for the prosecutor, or the prosecutor already answered.", ErrorKind.BusinessRule);

    public static readonly Error BeforeReport =
        new("BEFORE_REPORT", "The prosecutor cannot answer before receiving the report.");

    public static Error AgreementTooLate(DateOnly lastDay) =>
        new("PROSECUTOR_WINDOW_ENDED", $"A serious mixed infraction needs the prosecutor's agreement by {lastDay:yyyy-MM-dd}.", ErrorKind.BusinessRule, "answeredOn");

    public static readonly Error MinorsOnly =
        new("MINORS_ONLY", "This step is for offenders who were minors at the facts.", ErrorKind.BusinessRule);

    public static readonly Error AlreadyDone =
        new("ALREADY_DONE", "This step was already recorded.", ErrorKind.BusinessRule);

    public static readonly Error CommunityServiceNotPossible =
        new("COMMUNITY_SERVICE_NOT_POSSIBLE", "Community service is possible for persons only, and not for traffic infractions.", ErrorKind.BusinessRule);

    public static readonly Error FindingNotValidated =
        new("FINDING_NOT_VALIDATED", "A sanctioning official must validate this device's finding before the notice.", ErrorKind.BusinessRule);

    public static readonly Error NotADeviceFinding =
        new("NOT_A_DEVICE_FINDING", "Only findings of automatic devices are validated.", ErrorKind.BusinessRule);

    public static readonly Error RegisteredMailRequired =
        new("REGISTERED_MAIL_REQUIRED", "A notice of proceedings goes by registered mail.", Field: "channel");

    public static readonly Error BeforeNotice =
        new("BEFORE_NOTICE", "This cannot come before the notice of proceedings.");

    public static readonly Error NoRightToHearing =
        new("NO_RIGHT_TO_HEARING", "An oral hearing is a right above 70 euro, and always for minors.", ErrorKind.BusinessRule);

    public static readonly Error BeforeDecision =
        new("BEFORE_DECISION", "This cannot come before the decision.");

    public static readonly Error BeforeOffer =
        new("BEFORE_OFFER", "A mediation cannot end before it was offered.");

    public static readonly Error BeforeAppeal =
        new("BEFORE_APPEAL", "The court cannot judge before the appeal was filed.");

    public static readonly Error ReductionInvalid =
        new("REDUCTION_INVALID", "A reduced sanction is positive and lower than the one decided.");

    public static readonly Error PaymentAmountInvalid =
        new("AMOUNT_INVALID", "A payment has a positive amount.", Field: "amount");

    public static readonly Error NothingOwed =
        new("NOTHING_OWED", "This case owes no fine now: it takes no payment.", ErrorKind.BusinessRule);

    public static readonly Error RefundExceedsOverpaid =
        new("REFUND_EXCEEDS_OVERPAID", "A refund is positive and at most what was paid beyond the fine and not yet refunded.", Field: "amount");

    public static readonly Error RefundIbanInvalid =
        new("IBAN_INVALID", "This is not a valid IBAN.", Field: "iban");

    public static readonly Error NotOverdue =
        new("NOT_OVERDUE", "Only a fine still unpaid after the reminder goes to forced collection.", ErrorKind.BusinessRule);

    public static Error StepNotAllowed(CaseStatus status) =>
        new("INVALID_STATE", $"This step is not possible on a case in status {status}.", ErrorKind.BusinessRule);

    public static Error InvalidState(CaseStatus from, CaseStatus to) =>
        new("INVALID_STATE", $"A case cannot go from {from} to {to}.", ErrorKind.BusinessRule);

    public static Error CloseReasonNotManual(CloseReason reason) =>
        new("INVALID_CLOSE_REASON", $"A case closes as {reason} through the procedure, not by hand.", Field: "reason");
}
