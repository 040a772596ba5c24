using Sac.Domain.Cases;
using Sac.Domain.Payments.BankStatements;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Payments.BankStatements;

/// <summary>A stored movement and what becomes of it: a payment on a case, or the unmatched queue until the official answers.</summary>
public sealed class StatementEntryTests
{
    private static readonly DateTimeOffset Now = Scenario.Noon("2025-05-06");

    [Fact]
    public void Apply_AMatch_RegistersThePaymentWithTheLinesDateAmountAndCommunication()
    {
        var enforceable = Scenario.FineEnforceable().Case;
        var entry = Entry(80m, valueDate: Date("2025-05-05"));

        entry.Apply(TransferMatch.To(enforceable), Now, Scenario.Official);

        Assert.Equal((StatementEntryState.Matched, enforceable.Id, enforceable.Number), (entry.State, entry.CaseId, entry.CaseNumber));
        var payment = Assert.Single(enforceable.Payments);
        Assert.Equal((Date("2025-05-05"), 80m, "+++250/0000/19788+++"), (payment.PaidOn, payment.Amount, payment.Communication));
    }

    [Fact]
    public void Apply_APaymentTheCaseRefuses_StaysUnmatched()
    {
        var enforceable = Scenario.FineEnforceable().Case;
        var entry = Entry(80m, valueDate: Date("2025-02-01"));

        entry.Apply(TransferMatch.To(enforceable), Now, Scenario.Official);

        Assert.Equal((StatementEntryState.Unmatched, UnmatchedReason.PaymentRefused), (entry.State, entry.UnmatchedReason));
        Assert.Empty(enforceable.Payments);
    }

    [Fact]
    public void AssignTo_ACaseOwingNothing_IsRefused()
    {
        var notified = Scenario.FineNotified().Case;
        var entry = Entry(80m);

        Assert.Equal("NOTHING_OWED", entry.AssignTo(notified, Now, Scenario.Official).FirstError.Code);
        Assert.Equal(StatementEntryState.Unmatched, entry.State);
    }

    [Fact]
    public void SetAside_ThenAssign_IsRefused()
    {
        var entry = Entry(80m);

        Assert.Equal("BANK_ENTRY_NOTE_REQUIRED", entry.SetAside("  ", Now, Scenario.Official).FirstError.Code);
        Assert.True(entry.SetAside(" Huur ", Now, Scenario.Official).IsSuccess);

        Assert.Equal((StatementEntryState.SetAside, "Huur", 2), (entry.State, entry.Note, entry.Version));
        Assert.Equal("BANK_ENTRY_NOT_UNMATCHED", entry.AssignTo(Scenario.FineEnforceable().Case, Now, Scenario.Official).FirstError.Code);
    }

    [Fact]
    public void From_ADebit_IsListedNotMatched() =>
        Assert.Equal(StatementEntryState.Debit, Entry(-15.5m).State);

    [Fact]
    public void Communication_LongFreeText_IsCutToWhatAPaymentKeeps()
    {
        var entry = Entry(80m, structured: false, free: new string('x', 200));

        Assert.Equal(StatementEntry.CommunicationLength, entry.Communication!.Length);
    }

    private static StatementEntry Entry(decimal amount, DateOnly? valueDate = null, bool structured = true, string? free = null)
    {
        var line = new BankStatementLine(
            "BE94091000415614", "REF-1", Date("2025-05-06"), valueDate, amount, "EUR", "JAN PEETERS", null,
            structured ? Sac.Domain.Payments.StructuredCommunication.ForCase(2025, 197) : null, free);
        var file = new BankStatementFile(BankStatementFormat.Coda, new BankStatement("BE94091000415614", "EUR", "001", Date("2025-05-06"), [line]), new string('0', 64));
        return StatementEntry.From(ImportedStatement.Record("44021", file, Now, Scenario.Official), line);
    }
}
