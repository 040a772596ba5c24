using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Payments;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// Payment of a final fine (gas-law.md §0b Payment; §5 T15–T16). The default fine of 200 is enforceable on
/// 2025-04-29 and to be paid by Friday 2025-05-30 (05-29 is Ascension). Unpaid, the reminder goes out on
/// Saturday 05-31 with 30 more days (Monday 06-30); still unpaid, it is overdue from 2025-07-01.
/// </summary>
public sealed class CasePaymentTests
{
    [Fact]
    public void RegisterPayment_Partial_KeepsTheFineOwed()
    {
        var enforceable = FineEnforceable().Case;

        var result = enforceable.RegisterPayment(Date("2025-05-05"), 80m, " +++250/0000/19788+++ ", Noon("2025-05-06"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Enforceable, enforceable.Status);
        Assert.Equal((80m, 120m), (enforceable.AmountPaid, enforceable.Outstanding));
        Assert.Equal(new Payment(Date("2025-05-05"), 80m, "+++250/0000/19788+++", Official), Assert.Single(enforceable.Payments));
        Assert.Equal(6, enforceable.Version);
        Assert.Equal(CaseEvent.PaymentRegistered, enforceable.Timeline[^1].Type);
        Assert.Equal(Date("2025-05-31"), enforceable.NextDueOn); // the term still runs
    }

    [Fact]
    public void RegisterPayment_TheRest_MakesTheCasePaid()
    {
        var scenario = FineEnforceable().Paid(80m, "2025-05-05");

        var result = scenario.Case.RegisterPayment(Date("2025-05-20"), 120m, null, Noon("2025-05-20"), Official);

        Assert.True(result.IsSuccess);
        var paid = scenario.Case;
        Assert.Equal(CaseStatus.Paid, paid.Status);
        Assert.Equal((200m, 0m), (paid.AmountPaid, paid.Outstanding));
        Assert.Equal(7, paid.Version);
        Assert.Null(paid.NextDueOn);
    }

    [Fact]
    public void RegisterPayment_MoreThanOwed_IsKeptAndThePaymentCounts()
    {
        var enforceable = FineEnforceable().Case;

        var result = enforceable.RegisterPayment(Date("2025-05-05"), 250m, null, Noon("2025-05-05"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Paid, enforceable.Status);
        Assert.Equal((250m, 0m), (enforceable.AmountPaid, enforceable.Outstanding));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-20)]
    public void RegisterPayment_NoPositiveAmount_IsRefusedAndChangesNothing(int amount)
    {
        var enforceable = FineEnforceable().Case;
        var before = CaseSnapshot.Of(enforceable);

        var result = enforceable.RegisterPayment(Date("2025-05-05"), amount, null, Noon("2025-05-05"), Official);

        Assert.Equal(("AMOUNT_INVALID", "amount"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(enforceable));
    }

    [Fact]
    public void RegisterPayment_BeforeTheFineIsFinal_IsRefused()
    {
        var notified = FineNotified().Case;
        var before = CaseSnapshot.Of(notified);

        var result = notified.RegisterPayment(Date("2025-04-01"), 200m, null, Noon("2025-04-01"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(notified));
    }

    [Fact]
    public void RegisterPayment_OnCommunityService_IsRefused()
    {
        var enforceable = Open().Noticed().Decided(DecisionKind.CommunityService, "2025-03-24", hours: 20).Notified("2025-03-25").Swept("2025-04-29").Case;
        var before = CaseSnapshot.Of(enforceable);

        var result = enforceable.RegisterPayment(Date("2025-05-05"), 50m, null, Noon("2025-05-05"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(enforceable));
    }

    [Fact]
    public void RegisterPayment_AlreadyPaid_IsKeptAsADoublePaymentToRefund()
    {
        var paid = FineEnforceable().Paid(200m, "2025-05-05").Case;

        var result = paid.RegisterPayment(Date("2025-05-06"), 10m, null, Noon("2025-05-06"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Paid, paid.Status);
        Assert.Equal((210m, 0m, 10m), (paid.AmountPaid, paid.Outstanding, paid.Overpaid));
        Assert.Equal(CaseEvent.PaymentRegistered, paid.Timeline[^1].Type);
    }

    [Fact]
    public void RegisterPayment_ClosedCase_IsRefused()
    {
        var closed = FineEnforceable().Paid(200m, "2025-05-05").Do(c => c.Close(CloseReason.Paid, null, Noon("2025-05-07"), Official)).Case;
        var before = CaseSnapshot.Of(closed);

        var result = closed.RegisterPayment(Date("2025-05-08"), 10m, null, Noon("2025-05-08"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(closed));
    }

    [Fact]
    public void ApplyDueDeadlines_PaymentTermPassed_SendsTheReminderWithThirtyMoreDays()
    {
        var scenario = FineEnforceable().Paid(50m, "2025-05-10");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-05-30")); // the term's (moved) last day
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));

        Assert.True(scenario.Sweep("2025-05-31"));
        var reminded = scenario.Case;
        Assert.Equal(CaseStatus.PaymentReminded, reminded.Status);
        Assert.Equal(Date("2025-05-31"), reminded.RemindedOn);
        Assert.Equal(Date("2025-06-30"), reminded.Deadlines.Payment); // 05-31 + 30 = Mon 06-30
        Assert.Equal(Date("2025-07-01"), reminded.NextDueOn);
        Assert.Equal(before.Version + 1, reminded.Version);
        Assert.Equal(CaseEvent.PaymentReminded, reminded.Timeline[^1].Type);
        Assert.Equal(150m, reminded.Outstanding);
    }

    [Fact]
    public void ApplyDueDeadlines_ReminderTermPassed_MakesTheFineOverdue()
    {
        var scenario = FineEnforceable().Swept("2025-05-31");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-06-30"));
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));

        Assert.True(scenario.Sweep("2025-07-01"));
        var overdue = scenario.Case;
        Assert.Equal(CaseStatus.PaymentReminded, overdue.Status);
        Assert.Equal(Date("2025-07-01"), overdue.OverdueSince);
        Assert.Equal(before.Version + 1, overdue.Version);
        Assert.Equal(CaseEvent.PaymentOverdue, overdue.Timeline[^1].Type);
        Assert.Null(overdue.NextDueOn); // the hand-over is the official's step

        var after = CaseSnapshot.Of(overdue);
        Assert.False(scenario.Sweep("2025-07-15"));
        Assert.Equal(after, CaseSnapshot.Of(overdue));
    }

    [Fact]
    public void RegisterPayment_AfterTheReminder_MakesTheCasePaid()
    {
        var reminded = FineEnforceable().Swept("2025-05-31").Case;

        var result = reminded.RegisterPayment(Date("2025-06-10"), 200m, null, Noon("2025-06-10"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Paid, reminded.Status);
    }

    [Fact]
    public void HandOverToCollection_Overdue_GoesToForcedCollection()
    {
        var scenario = FineEnforceable().Paid(50m, "2025-05-10").Swept("2025-05-31").Swept("2025-07-01");

        var result = scenario.Case.HandOverToCollection(Date("2025-07-02"), Noon("2025-07-02"), Official);

        Assert.True(result.IsSuccess);
        var collected = scenario.Case;
        Assert.Equal(CaseStatus.InCollection, collected.Status);
        Assert.Equal(Date("2025-07-02"), collected.HandedOverOn);
        Assert.Equal(CaseEvent.HandedOverToCollection, collected.Timeline[^1].Type);
        Assert.Null(collected.NextDueOn);

        scenario.Paid(150m, "2025-08-01");
        Assert.Equal(CaseStatus.Paid, collected.Status);
    }

    [Theory]
    [InlineData("enforceable")]
    [InlineData("reminded")] // the reminder's term still runs
    public void HandOverToCollection_NotOverdue_IsRefusedAndChangesNothing(string state)
    {
        var scenario = FineEnforceable();
        if (state == "reminded")
        {
            scenario.Sweep("2025-05-31");
        }

        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.HandOverToCollection(Date("2025-06-30"), Noon("2025-06-30"), Official);

        Assert.Equal("NOT_OVERDUE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void Close_Paid_ClosesAPaidCase()
    {
        var paid = FineEnforceable().Paid(200m, "2025-05-05").Case;

        var result = paid.Close(CloseReason.Paid, null, Noon("2025-05-06"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal((CaseStatus.Closed, CloseReason.Paid), (paid.Status, paid.CloseReason));
        Assert.Equal(new CaseEvent(Noon("2025-05-06"), CaseEvent.CaseClosed, Official, "Paid"), paid.Timeline[^1]);
    }

    [Theory]
    [InlineData("enforceable")]
    [InlineData("partly paid")]
    [InlineData("reminded")]
    public void Close_PaidBeforeItIsPaid_IsRefusedAndChangesNothing(string state)
    {
        var scenario = FineEnforceable();
        if (state == "partly paid")
        {
            scenario.Paid(199.99m, "2025-05-05");
        }
        else if (state == "reminded")
        {
            scenario.Sweep("2025-05-31");
        }

        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.Close(CloseReason.Paid, null, Noon("2025-06-02"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void Close_WithoutSanctionAfterTheDecision_IsRefused()
    {
        var enforceable = FineEnforceable().Case;
        var before = CaseSnapshot.Of(enforceable);

        var result = enforceable.Close(CloseReason.NoSanction, null, Noon("2025-05-02"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(enforceable));
    }

    [Fact]
    public void PaymentReference_CaseNumber_IsTheStructuredCommunicationOfItsYearAndSequence() =>
        // 44021-2025-000197: base 2500000197. Mod 97: 10^8 = 81, 25 x 81 = 2025 = 85, and 197 = 3, so the check is 88.
        Assert.Equal("+++250/0000/19788+++", FineEnforceable().Case.PaymentReference.ToString());
}
