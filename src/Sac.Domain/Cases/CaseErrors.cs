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

    public static Error InvalidState(CaseStatus from, CaseStatus to) =>
        new("INVALID_STATE", $"A case cannot go from {from} to {to}.", ErrorKind.BusinessRule);

    public static Error CloseReasonNotWithoutSanction(CloseReason reason) =>
        new("INVALID_CLOSE_REASON", $"{reason} is not a reason to close a case without sanction.", Field: "reason");
}
