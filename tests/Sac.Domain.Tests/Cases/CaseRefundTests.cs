using Sac.Domain.Cases;
using Sac.Domain.Payments;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>Over-payments of the fine of 200 and their refunds: overpaid = max(0, paid − due − refunded).</summary>
public sealed class CaseRefundTests
{
    private const string Account = "BE71 0961 2345 6769";

    [Theory]
    [InlineData(199.99, 0)]
    [InlineData(200, 0)]
    [InlineData(200.01, 0.01)]
    [InlineData(250, 50)]
    public void Overpaid_IsWhatWasPaidBeyondTheFine(decimal paid, decimal overpaid)
    {
        var scenario = FineEnforceable().Paid(paid, "2025-05-05");

        Assert.Equal(overpaid, scenario.Case.Overpaid);
    }

    [Fact]
    public void RecordRefund_TheWholeOverpayment_LeavesNothingOverpaid()
    {
        var paid = FineEnforceable().Paid(250m, "2025-05-05").Case;

        var result = paid.RecordRefund(Date("2025-05-12"), 50m, Account, Noon("2025-05-12"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal((250m, 50m, 0m), (paid.AmountPaid, paid.AmountRefunded, paid.Overpaid));
        Assert.Equal(new Refund(Date("2025-05-12"), 50m, "BE71096123456769", Official), Assert.Single(paid.Refunds));
        Assert.Equal(CaseEvent.RefundRecorded, paid.Timeline[^1].Type);
        Assert.Equal(CaseStatus.Paid, paid.Status);
    }

    [Theory]
    [InlineData(50.01)]
    [InlineData(0)]
    [InlineData(-5)]
    public void RecordRefund_NotWithinTheOverpayment_IsRefusedAndChangesNothing(decimal amount)
    {
        var paid = FineEnforceable().Paid(250m, "2025-05-05").Case;
        var before = CaseSnapshot.Of(paid);

        var result = paid.RecordRefund(Date("2025-05-12"), amount, Account, Noon("2025-05-12"), Official);

        Assert.Equal(("REFUND_EXCEEDS_OVERPAID", "amount"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(paid));
        Assert.Empty(paid.Refunds);
    }

    [Fact]
    public void RecordRefund_AfterAPartialRefund_OnlyTheRest()
    {
        var paid = FineEnforceable().Paid(250m, "2025-05-05").Do(c => c.RecordRefund(Date("2025-05-12"), 30m, Account, Noon("2025-05-12"), Official)).Case;

        Assert.Equal(20m, paid.Overpaid);
        Assert.Equal("REFUND_EXCEEDS_OVERPAID", paid.RecordRefund(Date("2025-05-13"), 20.01m, Account, Noon("2025-05-13"), Official).FirstError.Code);
        Assert.True(paid.RecordRefund(Date("2025-05-13"), 20m, Account, Noon("2025-05-13"), Official).IsSuccess);
    }

    [Fact]
    public void RecordRefund_InvalidIban_IsRefused()
    {
        var paid = FineEnforceable().Paid(250m, "2025-05-05").Case;

        var result = paid.RecordRefund(Date("2025-05-12"), 50m, "BE71 0961 2345 6768", Noon("2025-05-12"), Official);

        Assert.Equal(("IBAN_INVALID", "iban"), (result.FirstError.Code, result.FirstError.Field));
    }

    [Fact]
    public void NumberPaidWith_IsTheCaseWhosePaymentReferenceItIs()
    {
        var enforceable = FineEnforceable().Case;

        Assert.Equal(enforceable.Number, Case.NumberPaidWith("44021", enforceable.PaymentReference));
    }
}
