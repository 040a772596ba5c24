using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Offenders;
using Sac.Domain.Payments;
using Sac.Domain.Payments.BankStatements;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Payments.BankStatements;

/// <summary>Which case a credit line pays: the structured communication first, then one case by outstanding amount and payer's name.</summary>
public sealed class TransferMatchingTests
{
    [Fact]
    public void Communication_OfACaseAwaitingPayment_Matches()
    {
        var named = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));

        var match = TransferMatching.Match(Line(80m, "SOMEONE ELSE", named.PaymentReference), named, []);

        Assert.Same(named, match.Case);
    }

    [Fact]
    public void Communication_OfAPaidCase_MatchesForARefund()
    {
        var paid = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));
        Assert.True(paid.RegisterPayment(Date("2025-05-05"), 200m, null, Scenario.Noon("2025-05-05"), Scenario.Official).IsSuccess);

        Assert.Same(paid, TransferMatching.Match(Line(200m, null, paid.PaymentReference), paid, []).Case);
    }

    [Fact]
    public void Communication_OfACaseOwingNothing_IsUnmatched()
    {
        var notified = Scenario.FineNotified().Case;

        var match = TransferMatching.Match(Line(200m, "JAN PEETERS", notified.PaymentReference), notified, [notified]);

        Assert.Equal((null, UnmatchedReason.NothingOwed), (match.Case, match.Reason));
    }

    [Theory]
    [InlineData("JAN PEETERS")]
    [InlineData("peeters jan")]
    [InlineData("Peetérs, Jàn")]
    public void NameAndAmount_OneCandidate_Matches(string payer)
    {
        var jan = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));
        var other = Enforceable(Offender.Person(null, "Dupont", "Marie", Date("1980-01-01"), "fr", null));

        Assert.Same(jan, TransferMatching.Match(Line(200m, payer, null), null, [other, jan]).Case);
    }

    [Theory]
    [InlineData(199.99)]
    [InlineData(200.01)]
    public void NameAndAmount_AnotherAmount_IsUnmatched(decimal amount)
    {
        var jan = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));

        Assert.Equal(UnmatchedReason.NoCandidate, TransferMatching.Match(Line(amount, "JAN PEETERS", null), null, [jan]).Reason);
    }

    [Theory]
    [InlineData("JAN PEETERS BV")]
    [InlineData("J PEETERS")]
    [InlineData(null)]
    public void NameAndAmount_AnotherName_IsUnmatched(string? payer)
    {
        var jan = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));

        Assert.Equal(UnmatchedReason.NoCandidate, TransferMatching.Match(Line(200m, payer, null), null, [jan]).Reason);
    }

    [Fact]
    public void NameAndAmount_TwoCandidates_IsUnmatched()
    {
        var jan = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));
        var namesake = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1990-05-05"), "nl", null));

        var match = TransferMatching.Match(Line(200m, "JAN PEETERS", null), null, [jan, namesake]);

        Assert.Equal((null, UnmatchedReason.SeveralCandidates), (match.Case, match.Reason));
    }

    [Fact]
    public void UnknownCommunication_FallsBackToNameAndAmount()
    {
        var jan = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));
        var unknown = StructuredCommunication.ForCase(2024, 5);

        Assert.Same(jan, TransferMatching.Match(Line(200m, "JAN PEETERS", unknown), null, [jan]).Case);
        Assert.Equal(UnmatchedReason.UnknownCommunication, TransferMatching.Match(Line(200m, "MARIE DUPONT", unknown), null, [jan]).Reason);
    }

    [Fact]
    public void AnotherCurrency_IsUnmatched()
    {
        var jan = Enforceable(Offender.Person(null, "Peeters", "Jan", Date("1988-02-29"), "nl", null));

        Assert.Equal(UnmatchedReason.NotInEuro, TransferMatching.Match(Line(200m, "JAN PEETERS", jan.PaymentReference) with { Currency = "USD" }, jan, [jan]).Reason);
    }

    private static Case Enforceable(Offender offender)
    {
        var scenario = Scenario.Open(offender: offender).Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m).Notified("2025-03-25");
        Assert.True(scenario.Sweep("2025-04-29"));
        return scenario.Case;
    }

    private static BankStatementLine Line(decimal amount, string? payer, StructuredCommunication? communication) => new(
        "BE94091000415614", "REF-1", Date("2025-05-05"), null, amount, "EUR", payer, "BE71096123456769", communication, null);
}
