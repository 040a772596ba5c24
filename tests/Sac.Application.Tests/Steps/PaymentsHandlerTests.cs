using Sac.Application.Cases.Steps;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Payments;

namespace Sac.Application.Tests.Steps;

public sealed class PaymentsHandlerTests
{
    /// <summary>The structured communication of case 44021-2025-000001: 2500000001, check digits 86.</summary>
    private const string Communication = "+++250/0000/00186+++";

    private static readonly DateOnly June1 = new(2025, 6, 1);

    private readonly ProcedureHarness harness = new("2025-06-02T12:00:00+02:00");

    [Fact]
    public async Task Payment_Partial_IsKeptAndTheFineStaysOwed()
    {
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine(200m));

        var result = await Pay(new RegisterPaymentCommand(fined.Id, June1, 120m, Communication));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Enforceable, fined.Status);
        Assert.Equal(new Payment(June1, 120m, Communication, "official@demo.sac"), Assert.Single(fined.Payments));
        Assert.Equal(80m, fined.Outstanding);
        Assert.Equal(CaseEvent.PaymentRegistered, fined.Timeline[^1].Type);
    }

    [Fact]
    public async Task Payment_InFull_MakesTheCasePaid()
    {
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine(200m));

        await Pay(new RegisterPaymentCommand(fined.Id, June1, 120m, null));
        var result = await Pay(new RegisterPaymentCommand(fined.Id, June1, 80m, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Paid, fined.Status);
        Assert.Equal(0m, fined.Outstanding);
    }

    [Fact]
    public async Task Payment_CommunicationAsBareDigits_IsKeptInItsWrittenForm()
    {
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine(200m));

        await Pay(new RegisterPaymentCommand(fined.Id, June1, 50m, "250000000186"));

        Assert.Equal(Communication, Assert.Single(fined.Payments).Communication);
    }

    [Fact]
    public async Task Payment_BeforeTheFineIsFinal_INVALID_STATE_AndNothingChanges()
    {
        var notified = harness.Store(TestCases.Gent().WithFine().WithDecisionNotified());
        var before = harness.Snapshot(notified);

        var result = await Pay(new RegisterPaymentCommand(notified.Id, June1, 200m, null));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(notified));
        Assert.Empty(notified.Payments);
    }

    [Fact]
    public async Task HandOver_UnpaidAfterTheReminder_GoesToCollection()
    {
        // Reminded on 20 June with a term until 22 July; overdue from 23 July.
        var overdue = harness.Store(TestCases.Gent().WithEnforceableFine(200m).WithTimePassed("2025-06-20").WithTimePassed("2025-07-23"));
        harness.SetNow("2025-07-24T12:00:00+02:00");

        var result = await new HandOverToCollectionHandler(harness.Services).Handle(
            new HandOverToCollectionCommand(overdue.Id, new DateOnly(2025, 7, 24)), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.InCollection, overdue.Status);
        Assert.Equal(new DateOnly(2025, 7, 24), overdue.HandedOverOn);
        Assert.Equal("200.00 2025-07-24", overdue.Timeline[^1].Detail);
    }

    [Fact]
    public async Task HandOver_WhileTheReminderTermRuns_NOT_OVERDUE_AndNothingChanges()
    {
        var reminded = harness.Store(TestCases.Gent().WithEnforceableFine(200m).WithTimePassed("2025-06-20"));
        Assert.Equal(CaseStatus.PaymentReminded, reminded.Status);
        var before = harness.Snapshot(reminded);

        var result = await new HandOverToCollectionHandler(harness.Services).Handle(
            new HandOverToCollectionCommand(reminded.Id, new DateOnly(2025, 7, 1)), CancellationToken.None);

        Assert.Equal("NOT_OVERDUE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(reminded));
    }

    private async Task<Result> Pay(RegisterPaymentCommand command) =>
        await new RegisterPaymentHandler(harness.Services).Handle(command, CancellationToken.None);
}
