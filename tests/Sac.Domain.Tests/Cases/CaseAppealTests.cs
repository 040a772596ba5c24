using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;
using Sac.Domain.Register;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// The decision's notification, the appeal window, the appeal and the register line of a final decision
/// (gas-law.md §0b Appeal, Enforceable, Payment; §5 T11–T14). The default fine of 200 is posted on Tuesday
/// 2025-03-25: deemed received Friday 03-28, appeal until Monday 2025-04-28, enforceable on 2025-04-29.
/// </summary>
public sealed class CaseAppealTests
{
    [Fact]
    public void NotifyDecision_RegisteredMail_StartsTheAppealWindow()
    {
        var scenario = Open().Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m);

        var result = scenario.Case.NotifyDecision(Date("2025-03-25"), NotificationChannel.RegisteredMail, Noon("2025-03-25"), Official);

        Assert.True(result.IsSuccess);
        var notified = scenario.Case;
        Assert.Equal(CaseStatus.DecisionNotified, notified.Status);
        Assert.Equal(Date("2025-03-25"), notified.DecisionNotifiedOn);
        Assert.Equal(NotificationChannel.RegisteredMail, notified.DecisionChannel);
        Assert.Equal(Date("2025-04-28"), notified.Deadlines.Appeal);
        Assert.Equal(Date("2025-04-29"), notified.NextDueOn);
        Assert.Equal(4, notified.Version);
        Assert.Equal(new CaseEvent(Noon("2025-03-25"), CaseEvent.DecisionNotified, Official, "RegisteredMail 2025-03-25"), notified.Timeline[^1]);
        Assert.Null(notified.AmountDue); // not owed before the decision is final
    }

    [Fact]
    public void NotifyDecision_OrdinaryMailForAPureInfraction_IsRefused()
    {
        var decided = Open().Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m).Case;
        var before = CaseSnapshot.Of(decided);

        var result = decided.NotifyDecision(Date("2025-03-25"), NotificationChannel.OrdinaryMail, Noon("2025-03-25"), Official);

        Assert.Equal("REGISTERED_MAIL_REQUIRED", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(decided));
    }

    [Fact]
    public void NotifyDecision_OrdinaryMailForParking_IsAllowed()
    {
        // Decided Tue 2025-03-18 and posted the same day: received Fri 03-21, appeal until Mon 04-21 Easter Monday -> Tue 04-22.
        var scenario = Open(TrafficInfraction(InfractionCategory.Parking2), facts: "2025-02-10").Noticed("2025-02-11")
            .Decided(DecisionKind.Fine, "2025-03-18", amount: 116m)
            .Notified("2025-03-18", NotificationChannel.OrdinaryMail);

        Assert.Equal(NotificationChannel.OrdinaryMail, scenario.Case.DecisionChannel);
        Assert.Equal(Date("2025-04-22"), scenario.Case.Deadlines.Appeal);
    }

    [Fact]
    public void NotifyDecision_NotDecided_IsRefused()
    {
        var noticed = Open().Noticed().Case;
        var before = CaseSnapshot.Of(noticed);

        var result = noticed.NotifyDecision(Date("2025-03-25"), NotificationChannel.RegisteredMail, Noon("2025-03-25"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(noticed));
    }

    [Fact]
    public void NotifyDecision_PostedBeforeTheDecision_IsRefused()
    {
        var decided = Open().Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m).Case;
        var before = CaseSnapshot.Of(decided);

        var result = decided.NotifyDecision(Date("2025-03-23"), NotificationChannel.RegisteredMail, Noon("2025-03-25"), Official);

        Assert.Equal(("BEFORE_DECISION", "sentAt"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(decided));
    }

    [Fact]
    public void ApplyDueDeadlines_AppealWindowsLastDay_ChangesNothing()
    {
        var scenario = FineNotified();
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-04-28"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
        Assert.Empty(scenario.Case.TakeNewRegisterEntries());
    }

    [Theory]
    [InlineData(30, "2025-05-30")] // 04-29 + 30 = Thu 05-29 Ascension -> Fri 05-30
    [InlineData(45, "2025-06-13")] // 04-29 + 45 = Fri 06-13
    public void ApplyDueDeadlines_DayAfterTheAppealWindow_MakesTheFineEnforceableWithTheMunicipalitysTerm(int termDays, string paymentLastDay)
    {
        var scenario = FineNotified(settings: Settings(paymentTermDays: termDays));

        Assert.True(scenario.Sweep("2025-04-29"));

        var enforceable = scenario.Case;
        Assert.Equal(CaseStatus.Enforceable, enforceable.Status);
        Assert.Equal(Date("2025-04-29"), enforceable.EnforceableOn);
        Assert.Equal(Date(paymentLastDay), enforceable.Deadlines.Payment);
        Assert.Equal(Date(paymentLastDay).AddDays(1), enforceable.NextDueOn);
        Assert.Equal(200m, enforceable.AmountDue);
        Assert.Equal(200m, enforceable.Outstanding);
        Assert.Equal(5, enforceable.Version);
        Assert.Equal(new CaseEvent(Noon("2025-04-29"), CaseEvent.BecameEnforceable, Job, "2025-04-29"), enforceable.Timeline[^1]);
    }

    [Fact]
    public void ApplyDueDeadlines_FinalFine_ProducesOneRegisterLine()
    {
        var scenario = FineNotified();
        scenario.Sweep("2025-04-29");

        var entry = Assert.Single(scenario.Case.TakeNewRegisterEntries());

        Assert.Equal((Gent, "LITTER", Date("2025-03-24"), SanctionKind.Fine, 200m, (int?)null, true), (entry.MunicipalityNis, entry.InfractionCode, entry.DecidedOn, entry.Kind, entry.Amount, entry.Hours, entry.Final));
        Assert.Equal((scenario.Case.Id, Number, "NAME:PEETERS|JAN|1988-02-29", Official), (entry.CaseId, entry.CaseNumber, entry.OffenderKey, entry.RecordedBy));
        Assert.Empty(scenario.Case.TakeNewRegisterEntries()); // taken once

        scenario.Sweep("2025-04-30");
        Assert.Empty(scenario.Case.TakeNewRegisterEntries()); // and not made again
    }

    [Fact]
    public void ApplyDueDeadlines_FinalNoSanction_ClosesWithoutRegisterLine()
    {
        // Posted Tue 03-11: received Fri 03-14, appeal until Mon 04-14.
        var scenario = Open().Decided(DecisionKind.NoSanction, "2025-03-10").Notified("2025-03-11");

        Assert.False(scenario.Sweep("2025-04-14"));
        Assert.True(scenario.Sweep("2025-04-15"));

        var closed = scenario.Case;
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CloseReason.NoSanction, closed.CloseReason);
        Assert.Equal(Date("2025-04-15"), closed.EnforceableOn);
        Assert.Null(closed.AmountDue);
        Assert.Null(closed.NextDueOn);
        Assert.Equal(CaseEvent.CaseClosed, closed.Timeline[^1].Type);
        Assert.Empty(closed.TakeNewRegisterEntries());
    }

    [Fact]
    public void ApplyDueDeadlines_FinalMediationDecision_ClosesWithOneRegisterLine()
    {
        var scenario = Open().Decided(DecisionKind.Mediation, "2025-03-10").Notified("2025-03-11");

        Assert.True(scenario.Sweep("2025-04-15"));

        Assert.Equal(CloseReason.MediationSucceeded, scenario.Case.CloseReason);
        Assert.Equal(SanctionKind.Mediation, Assert.Single(scenario.Case.TakeNewRegisterEntries()).Kind);
    }

    [Theory]
    [InlineData(false, AppealCourt.PoliceCourt)]
    [InlineData(true, AppealCourt.YouthCourt)]
    public void RegisterAppeal_InTime_GoesToTheCourtForTheOffendersAge(bool minorAtFacts, AppealCourt court)
    {
        var notified = FineNotified().Case;

        var result = notified.RegisterAppeal(Date("2025-04-28"), minorAtFacts, Noon("2025-04-28"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Appealed, notified.Status);
        Assert.Equal(new Appeal(Date("2025-04-28"), court), notified.Appeal);
        Assert.Equal(5, notified.Version);
        Assert.Equal((CaseEvent.AppealFiled, $"{court} 2025-04-28"), (notified.Timeline[^1].Type, notified.Timeline[^1].Detail));
        Assert.Null(notified.NextDueOn); // the court decides when
    }

    [Fact]
    public void RegisterAppeal_MinorsFine_GoesToTheYouthCourt()
    {
        // Posted Tue 04-01: received Fri 04-04, appeal until Sun 05-04 -> Mon 05-05.
        var scenario = Open(offender: Minor()).MediationOffered("2025-03-03").MediationEnded(MediationOutcome.Failed, "2025-03-05")
            .Noticed("2025-03-10").Decided(DecisionKind.Fine, "2025-03-31", amount: 100m).Notified("2025-04-01");

        scenario.Appealed("2025-04-15");

        Assert.Equal(Date("2025-05-05"), scenario.Case.Deadlines.Appeal);
        Assert.Equal(AppealCourt.YouthCourt, scenario.Case.Appeal!.Court);
    }

    [Fact]
    public void RegisterAppeal_AgainstNoSanction_IsRefused()
    {
        var notified = Open().Decided(DecisionKind.NoSanction, "2025-03-10").Notified("2025-03-11").Case;
        var before = CaseSnapshot.Of(notified);

        var result = notified.RegisterAppeal(Date("2025-03-20"), false, Noon("2025-03-20"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(notified));
    }

    [Fact]
    public void RegisterAppeal_FiledBeforeTheNotification_IsRefused()
    {
        var notified = FineNotified().Case;
        var before = CaseSnapshot.Of(notified);

        var result = notified.RegisterAppeal(Date("2025-03-24"), false, Noon("2025-03-26"), Official);

        Assert.Equal(("BEFORE_DECISION", "filedOn"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(notified));
    }

    [Fact]
    public void ApplyDueDeadlines_AppealPending_WaitsForTheCourt()
    {
        var scenario = FineNotified().Appealed("2025-04-10");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-06-01"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void RecordAppealOutcome_Confirmed_MakesTheFineEnforceableOnTheJudgment()
    {
        var scenario = FineNotified().Appealed("2025-04-10");

        var result = scenario.Case.RecordAppealOutcome(AppealOutcome.Confirmed, Date("2025-06-02"), null, null, 30, Noon("2025-06-03"), Official);

        Assert.True(result.IsSuccess);
        var enforceable = scenario.Case;
        Assert.Equal(CaseStatus.Enforceable, enforceable.Status);
        Assert.Equal(new Appeal(Date("2025-04-10"), AppealCourt.PoliceCourt, AppealOutcome.Confirmed, Date("2025-06-02")), enforceable.Appeal);
        Assert.Equal(Date("2025-06-02"), enforceable.EnforceableOn);
        Assert.Equal(Date("2025-07-02"), enforceable.Deadlines.Payment); // 06-02 + 30 = Wed 07-02
        Assert.Equal(200m, enforceable.AmountDue);
        Assert.Equal(6, enforceable.Version);
        Assert.Equal([CaseEvent.AppealDecided, CaseEvent.BecameEnforceable], enforceable.Timeline.TakeLast(2).Select(e => e.Type));
        Assert.Equal("Confirmed 2025-06-02", enforceable.Timeline[^2].Detail);
        Assert.Equal(200m, Assert.Single(enforceable.TakeNewRegisterEntries()).Amount);
    }

    [Fact]
    public void RecordAppealOutcome_Reduced_OwesTheReducedAmount()
    {
        var scenario = FineNotified().Appealed("2025-04-10");

        var result = scenario.Case.RecordAppealOutcome(AppealOutcome.Reduced, Date("2025-06-02"), 150m, null, 30, Noon("2025-06-02"), Official);

        Assert.True(result.IsSuccess);
        var reduced = scenario.Case;
        Assert.Equal(CaseStatus.Enforceable, reduced.Status);
        Assert.Equal(150m, reduced.Decision!.Amount);
        Assert.Equal(150m, reduced.AmountDue);
        Assert.Equal(150m, Assert.Single(reduced.TakeNewRegisterEntries()).Amount);
    }

    [Fact]
    public void RecordAppealOutcome_ReducedCommunityService_KeepsFewerHours()
    {
        var scenario = Open().Noticed().Decided(DecisionKind.CommunityService, "2025-03-24", hours: 20).Notified("2025-03-25").Appealed("2025-04-10");

        var result = scenario.Case.RecordAppealOutcome(AppealOutcome.Reduced, Date("2025-06-02"), null, 10, 30, Noon("2025-06-02"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(10, scenario.Case.Decision!.Hours);
        Assert.Null(scenario.Case.AmountDue);
        Assert.Null(scenario.Case.Deadlines.Payment);
        Assert.Equal(10, Assert.Single(scenario.Case.TakeNewRegisterEntries()).Hours);
    }

    [Theory]
    [InlineData(200)] // not lower
    [InlineData(250)]
    [InlineData(0)]
    [InlineData(-50)]
    [InlineData(null)]
    public void RecordAppealOutcome_InvalidReduction_IsRefusedAndChangesNothing(int? reducedAmount)
    {
        var appealed = FineNotified().Appealed("2025-04-10").Case;
        var before = CaseSnapshot.Of(appealed);

        var result = appealed.RecordAppealOutcome(AppealOutcome.Reduced, Date("2025-06-02"), reducedAmount, null, 30, Noon("2025-06-02"), Official);

        Assert.Equal(("REDUCTION_INVALID", "reducedAmount"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(appealed));
        Assert.Empty(appealed.TakeNewRegisterEntries());
    }

    [Theory]
    [InlineData(20)]
    [InlineData(0)]
    public void RecordAppealOutcome_InvalidHoursReduction_IsRefused(int reducedHours)
    {
        var appealed = Open().Noticed().Decided(DecisionKind.CommunityService, "2025-03-24", hours: 20).Notified("2025-03-25").Appealed("2025-04-10").Case;
        var before = CaseSnapshot.Of(appealed);

        var result = appealed.RecordAppealOutcome(AppealOutcome.Reduced, Date("2025-06-02"), null, reducedHours, 30, Noon("2025-06-02"), Official);

        Assert.Equal(("REDUCTION_INVALID", "reducedHours"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(appealed));
    }

    [Fact]
    public void RecordAppealOutcome_Annulled_ClosesWithNothingOwed()
    {
        var scenario = FineNotified().Appealed("2025-04-10");

        var result = scenario.Case.RecordAppealOutcome(AppealOutcome.Annulled, Date("2025-06-02"), null, null, 30, Noon("2025-06-02"), Official);

        Assert.True(result.IsSuccess);
        var closed = scenario.Case;
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CloseReason.Annulled, closed.CloseReason);
        Assert.Null(closed.AmountDue);
        Assert.Null(closed.Outstanding);
        Assert.Null(closed.Deadlines.Payment);
        Assert.Equal(6, closed.Version);
        Assert.Equal([CaseEvent.AppealDecided, CaseEvent.CaseClosed], closed.Timeline.TakeLast(2).Select(e => e.Type));
        Assert.Empty(closed.TakeNewRegisterEntries());
        Assert.Equal("INVALID_STATE", closed.RegisterPayment(Date("2025-06-03"), 200m, null, Noon("2025-06-03"), Official).FirstError.Code);
    }

    [Fact]
    public void RecordAppealOutcome_NoAppeal_IsRefused()
    {
        var notified = FineNotified().Case;
        var before = CaseSnapshot.Of(notified);

        var result = notified.RecordAppealOutcome(AppealOutcome.Confirmed, Date("2025-04-10"), null, null, 30, Noon("2025-04-10"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(notified));
    }
}
