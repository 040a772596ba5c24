using Sac.Domain.Cases;
using Sac.Domain.Deadlines;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// Mediation and community service (gas-law.md §0b Decision limit, §3.4, §3.5). Facts on 2025-03-01: the decision
/// limit is 2025-09-01, 2026-03-01 once an alternative measure is offered (12 months) and 2026-06-01 with a
/// mediation payment plan (15 months).
/// </summary>
public sealed class CaseAlternativesTests
{
    [Fact]
    public void OfferMediation_AdultWhereOffered_ExtendsTheDecisionLimitToTwelveMonths()
    {
        var scenario = Open();

        var result = scenario.Case.OfferMediation(Date("2025-03-04"), scenario.AssessOn("2025-03-04").MediationMayBeOffered, Noon("2025-03-04"), Official);

        Assert.True(result.IsSuccess);
        var offered = scenario.Case;
        Assert.Equal(CaseStatus.MediationOffered, offered.Status);
        Assert.Equal(Date("2025-03-04"), offered.MediationOfferedOn);
        Assert.Equal(Date("2026-03-01"), offered.Deadlines.Decision);
        Assert.Equal(DecisionTermExtension.AlternativeMeasureOffered, offered.DecisionTermExtension);
        Assert.Equal(Date("2026-01-30"), offered.NextDueOn); // 30 days before 2026-03-01 (February 2026 has 28 days)
        Assert.Equal(2, offered.Version);
        Assert.Equal(new CaseEvent(Noon("2025-03-04"), CaseEvent.MediationOffered, Official, "2025-03-04"), offered.Timeline[^1]);
        Assert.Equal(2, offered.Timeline.Count);
    }

    [Fact]
    public void OfferMediation_Minor_IsAlwaysPossible()
    {
        var scenario = Open(offender: Minor(), settings: Settings(adultMediation: false)).MediationOffered("2025-03-04");

        Assert.Equal(CaseStatus.MediationOffered, scenario.Case.Status);
        Assert.Equal(Date("2026-03-01"), scenario.Case.Deadlines.Decision);
    }

    [Theory]
    [InlineData("adult")] // the municipality does not offer mediation to adults
    [InlineData("company")]
    [InlineData("parking")]
    public void OfferMediation_NotAvailable_IsRefusedAndChangesNothing(string who)
    {
        var scenario = who switch
        {
            "adult" => Open(settings: Settings(adultMediation: false)),
            "company" => Open(offender: Company()),
            _ => Open(TrafficInfraction(InfractionCategory.Parking2)),
        };
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.OfferMediation(Date("2025-03-04"), scenario.AssessOn("2025-03-04").MediationMayBeOffered, Noon("2025-03-04"), Official);

        Assert.Equal("MEDIATION_NOT_OFFERED", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void OfferMediation_Twice_IsRefusedAndChangesNothing()
    {
        var scenario = Open().MediationOffered("2025-03-04").MediationEnded(MediationOutcome.Failed, "2025-04-01");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.OfferMediation(Date("2025-04-02"), mayBeOffered: true, Noon("2025-04-02"), Official);

        Assert.Equal("ALREADY_DONE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void RecordMediationOutcome_Succeeded_ClosesTheCase()
    {
        var scenario = Open().MediationOffered("2025-03-04");

        var result = scenario.Case.RecordMediationOutcome(MediationOutcome.Succeeded, Date("2025-04-10"), Noon("2025-04-10"), Official);

        Assert.True(result.IsSuccess);
        var closed = scenario.Case;
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CloseReason.MediationSucceeded, closed.CloseReason);
        Assert.True(closed.MediationSucceeded);
        Assert.Equal(3, closed.Version);
        Assert.Equal([CaseEvent.FindingRecorded, CaseEvent.MediationOffered, CaseEvent.MediationEnded, CaseEvent.CaseClosed], closed.Timeline.Select(e => e.Type));
        Assert.Equal("Succeeded 2025-04-10", closed.Timeline[2].Detail);
        Assert.Null(closed.NextDueOn);
        Assert.Empty(closed.TakeNewRegisterEntries());
    }

    [Fact]
    public void RecordMediationOutcome_PaymentPlan_KeepsTheMediationAndExtendsTheLimitToFifteenMonths()
    {
        var scenario = Open().MediationOffered("2025-03-04");

        var result = scenario.Case.RecordMediationOutcome(MediationOutcome.AgreementWithPaymentPlan, Date("2025-04-10"), Noon("2025-04-10"), Official);

        Assert.True(result.IsSuccess);
        var planned = scenario.Case;
        Assert.Equal(CaseStatus.MediationOffered, planned.Status);
        Assert.Equal(MediationOutcome.AgreementWithPaymentPlan, planned.MediationOutcome);
        Assert.Equal(Date("2026-06-01"), planned.Deadlines.Decision);
        Assert.Equal(DecisionTermExtension.MediationPaymentPlan, planned.DecisionTermExtension);
        Assert.Equal(3, planned.Version);
        Assert.Equal(3, planned.Timeline.Count);
        Assert.Equal(CaseEvent.MediationEnded, planned.Timeline[^1].Type);

        scenario.MediationEnded(MediationOutcome.Succeeded, "2025-10-01"); // the plan was paid off

        Assert.Equal(CloseReason.MediationSucceeded, planned.CloseReason);
    }

    [Theory]
    [InlineData(MediationOutcome.Refused)]
    [InlineData(MediationOutcome.Failed)]
    public void RecordMediationOutcome_RefusedOrFailed_LetsTheProcedureGoOnToNoticeAndFine(MediationOutcome outcome)
    {
        var scenario = Open().MediationOffered("2025-03-04");

        var result = scenario.Case.RecordMediationOutcome(outcome, Date("2025-03-07"), Noon("2025-03-07"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.MediationFailed, scenario.Case.Status);
        Assert.Equal(outcome, scenario.Case.MediationOutcome);
        Assert.Equal(Date("2026-03-01"), scenario.Case.Deadlines.Decision); // the offer's 12 months stay
        Assert.Equal(3, scenario.Case.Version);

        // Posted Mon 03-10, deemed received Thu 03-13, defence until Fri 03-28.
        scenario.Noticed("2025-03-10").Decided(DecisionKind.Fine, "2025-03-31", amount: 150m);

        Assert.Equal(CaseStatus.Decided, scenario.Case.Status);
    }

    [Fact]
    public void RecordMediationOutcome_NoMediationOffered_IsRefusedAndChangesNothing()
    {
        var registered = Open().Case;
        var before = CaseSnapshot.Of(registered);

        var result = registered.RecordMediationOutcome(MediationOutcome.Succeeded, Date("2025-03-07"), Noon("2025-03-07"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(registered));
    }

    [Fact]
    public void OfferCommunityService_Person_ExtendsTheDecisionLimitToTwelveMonths()
    {
        var scenario = Open();

        var result = scenario.Case.OfferCommunityService(Date("2025-03-04"), scenario.AssessOn("2025-03-04").MaximumCommunityServiceHours, Noon("2025-03-04"), Official);

        Assert.True(result.IsSuccess);
        var offered = scenario.Case;
        Assert.Equal(CaseStatus.CommunityServiceOffered, offered.Status);
        Assert.Equal(Date("2025-03-04"), offered.CommunityServiceOfferedOn);
        Assert.Equal(Date("2026-03-01"), offered.Deadlines.Decision);
        Assert.Equal(2, offered.Version);
        Assert.Equal((CaseEvent.CommunityServiceOffered, "2025-03-04"), (offered.Timeline[^1].Type, offered.Timeline[^1].Detail));
    }

    [Fact]
    public void OfferMediation_AfterCommunityService_KeepsTwelveMonthsAndAPaymentPlanStillGivesFifteen()
    {
        var scenario = Open().CommunityServiceOffered("2025-03-04").MediationOffered("2025-03-20");

        Assert.Equal(Date("2026-03-01"), scenario.Case.Deadlines.Decision); // not 18 months: the extensions do not add up

        scenario.MediationEnded(MediationOutcome.AgreementWithPaymentPlan, "2025-04-10");

        Assert.Equal(Date("2026-06-01"), scenario.Case.Deadlines.Decision);
    }

    [Theory]
    [InlineData("company")]
    [InlineData("parking")]
    public void OfferCommunityService_NotPossible_IsRefusedAndChangesNothing(string who)
    {
        var scenario = who == "company" ? Open(offender: Company()) : Open(TrafficInfraction(InfractionCategory.Parking1));
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.OfferCommunityService(Date("2025-03-04"), scenario.AssessOn("2025-03-04").MaximumCommunityServiceHours, Noon("2025-03-04"), Official);

        Assert.Equal("COMMUNITY_SERVICE_NOT_POSSIBLE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void OfferCommunityService_Twice_IsRefusedAndChangesNothing()
    {
        var scenario = Open().CommunityServiceOffered("2025-03-04");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.OfferCommunityService(Date("2025-03-05"), 30, Noon("2025-03-05"), Official);

        Assert.Equal("ALREADY_DONE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void RecordCommunityServiceOutcome_Performed_ClosesTheCase()
    {
        var scenario = CommunityServiceEnforceable();

        var result = scenario.Case.RecordCommunityServiceOutcome(true, Date("2025-06-02"), Noon("2025-06-02"), Official);

        Assert.True(result.IsSuccess);
        var closed = scenario.Case;
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CloseReason.CommunityServicePerformed, closed.CloseReason);
        Assert.Equal(6, closed.Version);
        Assert.Equal([CaseEvent.CommunityServiceEnded, CaseEvent.CaseClosed], closed.Timeline.TakeLast(2).Select(e => e.Type));
        Assert.Equal("Performed 2025-06-02", closed.Timeline[^2].Detail);
    }

    [Fact]
    public void RecordCommunityServiceOutcome_NotPerformed_ClearsTheDecisionSoAFineMayFollow()
    {
        var scenario = CommunityServiceEnforceable();

        var result = scenario.Case.RecordCommunityServiceOutcome(false, Date("2025-06-02"), Noon("2025-06-02"), Official);

        Assert.True(result.IsSuccess);
        var reopened = scenario.Case;
        Assert.Equal(CaseStatus.ReadyForDecision, reopened.Status);
        Assert.Null(reopened.Decision);
        Assert.Null(reopened.DecisionNotifiedOn);
        Assert.Null(reopened.EnforceableOn);
        Assert.Null(reopened.Deadlines.Appeal);
        Assert.Equal(6, reopened.Version);
        Assert.Equal((CaseEvent.CommunityServiceEnded, "NotPerformed 2025-06-02"), (reopened.Timeline[^1].Type, reopened.Timeline[^1].Detail));
        Assert.Equal(Date("2026-01-30"), reopened.NextDueOn); // back before a decision: 30 days before the 12-month limit (community service was decided)

        scenario.Decided(DecisionKind.Fine, "2025-06-03", amount: 150m);

        Assert.Equal(150m, reopened.Decision!.Amount);
    }

    [Fact]
    public void RecordCommunityServiceOutcome_FineCase_IsRefusedAndChangesNothing()
    {
        var enforceable = FineEnforceable().Case;
        var before = CaseSnapshot.Of(enforceable);

        var result = enforceable.RecordCommunityServiceOutcome(true, Date("2025-05-02"), Noon("2025-05-02"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(enforceable));
    }

    [Fact]
    public void RecordCommunityServiceOutcome_BeforeTheDecisionIsFinal_IsRefusedAndChangesNothing()
    {
        var notified = Open().Noticed().Decided(DecisionKind.CommunityService, "2025-03-24", hours: 20).Notified("2025-03-25").Case;
        var before = CaseSnapshot.Of(notified);

        var result = notified.RecordCommunityServiceOutcome(true, Date("2025-04-10"), Noon("2025-04-10"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(notified));
    }

    /// <summary>20 hours of community service decided 2025-03-24, notified 2025-03-25, final on 2025-04-29; version 5.</summary>
    private static Scenario CommunityServiceEnforceable()
    {
        var scenario = Open().Noticed().Decided(DecisionKind.CommunityService, "2025-03-24", hours: 20).Notified("2025-03-25").Swept("2025-04-29");
        Assert.Equal(CaseStatus.Enforceable, scenario.Case.Status);
        Assert.Equal(5, scenario.Case.Version);
        return scenario;
    }
}
