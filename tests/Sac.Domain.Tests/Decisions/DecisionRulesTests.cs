using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Decisions;

/// <summary>
/// Every refusal of <see cref="DecisionRules"/> at its boundary, through <see cref="Case.Decide"/> with the real
/// assessment of the decision date (gas-law.md §0b Caps, Parking, Minors, Community service, Decision limit, Notice).
/// The default adult case: LITTER 50–350, facts 2025-03-01 (limit 2025-09-01), notice Monday 2025-03-03 (defence
/// until Friday 2025-03-21).
/// </summary>
public sealed class DecisionRulesTests
{
    [Fact]
    public void Decide_FineAfterTheDefencePeriod_DecidesAndRecordsIt()
    {
        var scenario = Open().Noticed();

        var result = scenario.Decide(DecisionKind.Fine, "2025-03-24", amount: 200m);

        Assert.True(result.IsSuccess);
        var decided = scenario.Case;
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(new Decision(Date("2025-03-24"), DecisionKind.Fine, 200m, null, null, "Gelet op het reglement ...", Official), decided.Decision);
        Assert.Equal(3, decided.Version);
        Assert.Equal(3, decided.Timeline.Count);
        Assert.Equal(CaseEvent.Decided, decided.Timeline[^1].Type);
        Assert.StartsWith("Fine 200", decided.Timeline[^1].Detail, StringComparison.Ordinal);
        Assert.Null(decided.NextDueOn); // nothing is due until the decision is notified
    }

    [Theory]
    [InlineData("2025-03-21", "DEFENCE_PERIOD_RUNNING")] // the defence period's last day
    [InlineData("2025-03-22", null)]
    public void Decide_AroundTheDefencesLastDay_WaitsForItsEnd(string decidedOn, string? code) =>
        AssertDecision(Open().Noticed(), code, DecisionKind.Fine, decidedOn, amount: 200m, recordedOn: "2025-03-24");

    [Theory]
    [InlineData("2025-03-17", "DEFENCE_PERIOD_RUNNING")] // posted Tue 02-11, received Fri 02-14, + 30 = Sun 03-16 -> Mon 03-17
    [InlineData("2025-03-18", null)]
    public void Decide_ParkingAroundTheThirtyDayDefence_WaitsForItsEnd(string decidedOn, string? code) =>
        AssertDecision(Parking(), code, DecisionKind.Fine, decidedOn, amount: 116m);

    [Theory]
    [InlineData("2025-09-01", null)] // the decision limit itself (a Monday; it would not move anyway)
    [InlineData("2025-09-02", "TIME_BARRED")]
    public void Decide_AroundTheSixMonthLimit_IsTimeBarredTheDayAfter(string decidedOn, string? code) =>
        AssertDecision(Open().Noticed(), code, DecisionKind.Fine, decidedOn, amount: 200m);

    [Theory]
    [InlineData("2024-07-13", null)] // facts Sat 2024-01-13: the limit is Sat 2024-07-13 and does not move to Monday
    [InlineData("2024-07-15", "TIME_BARRED")]
    public void Decide_LimitOnASaturday_DoesNotMove(string decidedOn, string? code) =>
        AssertDecision(Open(facts: "2024-01-13").Noticed("2024-01-15"), code, DecisionKind.Fine, decidedOn, amount: 200m);

    [Theory]
    [InlineData("2026-03-01", null)] // 12 months once mediation was offered
    [InlineData("2026-03-02", "TIME_BARRED")]
    public void Decide_AfterMediationFailed_HasTwelveMonths(string decidedOn, string? code) =>
        AssertDecision(
            Open().MediationOffered("2025-03-04").MediationEnded(MediationOutcome.Failed, "2025-03-07").Noticed("2025-03-10"),
            code, DecisionKind.Fine, decidedOn, amount: 200m);

    [Theory]
    [InlineData(350.00, null)] // the adult cap of §0b and the regulation's maximum
    [InlineData(350.01, "FINE_ABOVE_MAXIMUM")]
    [InlineData(50.00, null)] // the regulation's minimum
    [InlineData(49.99, "FINE_BELOW_MINIMUM")]
    public void Decide_AdultFineAroundTheRange_IsRefusedOutsideIt(decimal amount, string? code) =>
        AssertDecision(Open().Noticed(), code, DecisionKind.Fine, "2025-03-24", amount: amount);

    [Theory]
    [InlineData(250.00, null)]
    [InlineData(250.01, "FINE_ABOVE_MAXIMUM")] // never above the regulation, though the law allows 350
    public void Decide_RegulationMaximumBelowTheCap_IsTheLimit(decimal amount, string? code) =>
        AssertDecision(Open(Infraction("NOISE", minimum: 25m, maximum: 250m, defaultAmount: 100m)).Noticed(), code, DecisionKind.Fine, "2025-03-24", amount: amount);

    [Theory]
    [InlineData(500.00, null)] // LITTER fined on 2024-06-01, within 24 months of the finding; caps adopted from 2024-03-01
    [InlineData(500.01, "FINE_ABOVE_MAXIMUM")]
    public void Decide_AdultRecidivistWithTheNewCaps_MayReachFiveHundred(decimal amount, string? code) =>
        AssertDecision(Open(history: [Prior("LITTER", "2024-06-01")]).Noticed(), code, DecisionKind.Fine, "2025-03-24", amount: amount);

    [Theory]
    [InlineData(350.00, null)]
    [InlineData(350.01, "FINE_ABOVE_MAXIMUM")]
    public void Decide_RecidivistWhereTheCapsWereNotAdopted_StaysAtTheAdultCap(decimal amount, string? code) =>
        AssertDecision(
            Open(settings: Settings(capsAdoptedOn: null), history: [Prior("LITTER", "2024-06-01")]).Noticed(),
            code, DecisionKind.Fine, "2025-03-24", amount: amount);

    [Theory]
    [InlineData(175.00, null)] // the minors' cap
    [InlineData(175.01, "FINE_ABOVE_MAXIMUM")]
    public void Decide_MinorFineAroundTheCap_IsRefusedAboveIt(decimal amount, string? code) =>
        AssertDecision(MinorAfterMediation(), code, DecisionKind.Fine, "2025-03-31", amount: amount);

    [Theory]
    [InlineData(116.00, null)] // 2nd category, facts from 2018-09-01
    [InlineData(115.99, "FIXED_FINE_MISMATCH")]
    [InlineData(116.01, "FIXED_FINE_MISMATCH")]
    [InlineData(58.00, "FIXED_FINE_MISMATCH")] // the 1st category's amount
    [InlineData(110.00, "FIXED_FINE_MISMATCH")] // the amount before 2018-09-01
    public void Decide_ParkingFine_MustBeTheFixedAmount(decimal amount, string? code) =>
        AssertDecision(Parking(), code, DecisionKind.Fine, "2025-03-18", amount: amount);

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-10)]
    public void Decide_FineWithoutPositiveAmount_IsRefused(int? amount) =>
        AssertDecision(Open().Noticed(), "AMOUNT_REQUIRED", DecisionKind.Fine, "2025-03-24", amount: amount);

    [Theory]
    [InlineData(30, null)] // adults: at most 30 hours
    [InlineData(31, "COMMUNITY_SERVICE_ABOVE_MAXIMUM")]
    [InlineData(0, "HOURS_REQUIRED")]
    public void Decide_AdultCommunityServiceAroundTheCap_IsRefusedAboveIt(int hours, string? code) =>
        AssertDecision(Open().Noticed(), code, DecisionKind.CommunityService, "2025-03-24", hours: hours);

    [Theory]
    [InlineData(15, null)] // minors: at most 15 hours
    [InlineData(16, "COMMUNITY_SERVICE_ABOVE_MAXIMUM")]
    public void Decide_MinorCommunityServiceAroundTheCap_IsRefusedAboveIt(int hours, string? code) =>
        AssertDecision(MinorAfterMediation(), code, DecisionKind.CommunityService, "2025-03-31", hours: hours);

    [Theory]
    [InlineData("company")]
    [InlineData("parking")]
    public void Decide_CommunityServiceNotPossible_IsRefused(string who) =>
        AssertDecision(
            who == "company" ? Open(offender: Company()).Noticed() : Parking(), "COMMUNITY_SERVICE_NOT_POSSIBLE", DecisionKind.CommunityService,
            who == "company" ? "2025-03-24" : "2025-03-18", hours: 10);

    [Theory]
    [InlineData(DecisionKind.Fine)]
    [InlineData(DecisionKind.CommunityService)]
    public void Decide_MinorWithoutMediationOffered_IsRefused(DecisionKind kind) =>
        AssertDecision(Open(offender: Minor()).Noticed(), "MEDIATION_NOT_OFFERED", kind, "2025-03-24", amount: 100m, hours: 10);

    [Fact]
    public void Decide_MinorAfterMediationRefused_MayBeFined() =>
        AssertDecision(MinorAfterMediation(), null, DecisionKind.Fine, "2025-03-31", amount: 100m);

    [Fact]
    public void Decide_FineWhileMediationRuns_IsRefused() =>
        AssertDecision(Open(offender: Minor()).Noticed().MediationOffered("2025-03-04"), "INVALID_STATE", DecisionKind.Fine, "2025-03-24", amount: 100m);

    [Fact]
    public void Decide_MediationForAdultWhereTheMunicipalityOffersIt_IsAllowed() =>
        AssertDecision(Open(), null, DecisionKind.Mediation, "2025-03-04");

    [Theory]
    [InlineData("adult")] // the municipality does not offer mediation to adults
    [InlineData("company")]
    [InlineData("parking")]
    public void Decide_MediationWhereItIsNotAvailable_IsRefused(string who)
    {
        var scenario = who switch
        {
            "adult" => Open(settings: Settings(adultMediation: false)),
            "company" => Open(offender: Company()),
            _ => Parking(),
        };

        AssertDecision(scenario, "MEDIATION_NOT_OFFERED", DecisionKind.Mediation, "2025-03-18");
    }

    [Theory]
    [InlineData("2025-09-01", null)]
    [InlineData("2025-09-02", "TIME_BARRED")]
    public void Decide_MediationAroundTheLimit_IsTimeBarredTheDayAfter(string decidedOn, string? code) =>
        AssertDecision(Open(), code, DecisionKind.Mediation, decidedOn);

    [Fact]
    public void Decide_FineWithoutNotice_IsRefusedAsInvalidState()
    {
        var scenario = Open();

        AssertDecision(scenario, "INVALID_STATE", DecisionKind.Fine, "2025-03-24", amount: 200m);
        Assert.Equal(DecisionErrors.NoticeNotSent, scenario.Decide(DecisionKind.Fine, "2025-03-24", amount: 200m).FirstError);
    }

    [Fact]
    public void Decide_HearingScheduledButNotHeld_IsRefusedAsInvalidState()
    {
        var scenario = Open().Noticed().HearingScheduled("2025-03-10", "2025-03-26T09:00:00+01:00");

        AssertDecision(scenario, "INVALID_STATE", DecisionKind.Fine, "2025-03-25", amount: 200m);
        Assert.Equal(DecisionErrors.HearingPending, scenario.Decide(DecisionKind.Fine, "2025-03-25", amount: 200m).FirstError);
    }

    [Fact]
    public void Decide_HearingHeld_MayDecide() =>
        AssertDecision(
            Open().Noticed().HearingScheduled("2025-03-10", "2025-03-26T09:00:00+01:00").HearingHeld("2025-03-26"),
            null, DecisionKind.Fine, "2025-03-26", amount: 200m);

    [Theory]
    [InlineData(DecisionKind.Fine)]
    [InlineData(DecisionKind.CommunityService)]
    [InlineData(DecisionKind.Mediation)]
    public void Decide_MixedCaseAwaitingTheProsecutor_IsNotSanctionable(DecisionKind kind)
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Decide(kind, "2025-03-24", amount: 200m, hours: 10);

        Assert.Equal("NOT_SANCTIONABLE", Assert.Single(result.Errors).Code);
        Assert.Contains("AWAITING_PROSECUTOR", result.FirstError.Message, StringComparison.Ordinal);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void Decide_NoSanctionWhileAwaitingTheProsecutor_IsAllowed() =>
        AssertDecision(Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05"), null, DecisionKind.NoSanction, "2025-03-24");

    [Fact]
    public void Decide_CouncilStoppedCoveringTheMinorsAge_IsNotSanctionable()
    {
        var scenario = MinorAfterMediation();
        scenario.Settings = Settings(minorsFrom: 16); // the minor is 15 at the facts

        AssertDecision(scenario, "NOT_SANCTIONABLE", DecisionKind.Fine, "2025-03-31", amount: 100m);
    }

    [Theory]
    [InlineData(DecisionKind.Fine)]
    [InlineData(DecisionKind.NoSanction)]
    public void Decide_AlreadyDecided_IsRefusedAsInvalidState(DecisionKind kind) =>
        AssertDecision(Open().Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m), "INVALID_STATE", kind, "2025-03-25", amount: 100m);

    [Fact]
    public void Decide_ClosedCase_IsRefusedAsInvalidState()
    {
        var scenario = Open();
        scenario.Case.Close(CloseReason.NotSanctionable, null, Noon("2025-03-02"), Official);

        AssertDecision(scenario, "INVALID_STATE", DecisionKind.NoSanction, "2025-03-03");
    }

    [Fact]
    public void Decide_DatedBeforeTheFinding_IsRefused()
    {
        var scenario = Open(facts: "2025-02-27", finding: "2025-03-01");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Decide(DecisionKind.NoSanction, "2025-02-28", recordedOn: "2025-03-02");

        Assert.Equal(("BEFORE_FINDING", "decidedAt"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Theory]
    [InlineData("2025-03-03")] // the day the notice is posted
    [InlineData("2025-03-21")] // the defence's last day
    public void Decide_NoSanctionWhileTheDefenceRuns_IsAllowed(string decidedOn)
    {
        var scenario = Open().Noticed();

        var result = scenario.Decide(DecisionKind.NoSanction, decidedOn);

        Assert.True(result.IsSuccess);
        Assert.Equal(new Decision(Date(decidedOn), DecisionKind.NoSanction, null, null, "Eerste feit, spijt betuigd", "Gelet op het reglement ...", Official), scenario.Case.Decision);
    }

    [Fact]
    public void Decide_NoSanctionWithoutNotice_IsAllowed() =>
        AssertDecision(Open(), null, DecisionKind.NoSanction, "2025-03-02");

    [Fact]
    public void Refusal_AllowedRequest_ReturnsNullAndChangesNothing()
    {
        var scenario = Open().Noticed();
        var before = CaseSnapshot.Of(scenario.Case);

        var refusal = DecisionRules.Refusal(scenario.Case, Request(DecisionKind.Fine, "2025-03-24", 200m), scenario.AssessOn("2025-03-24"));

        Assert.Null(refusal);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    /// <summary>
    /// Decides and checks the outcome: <paramref name="code"/> null means allowed (one version, one Decided line);
    /// otherwise that refusal, and nothing about the case changed.
    /// </summary>
    private static void AssertDecision(
        Scenario scenario, string? code, DecisionKind kind, string decidedOn, decimal? amount = null, int? hours = null, string? recordedOn = null)
    {
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Decide(kind, decidedOn, amount, hours, recordedOn);

        if (code is null)
        {
            Assert.True(result.IsSuccess, Codes(result));
            Assert.Equal(CaseStatus.Decided, scenario.Case.Status);
            Assert.Equal((kind, Date(decidedOn)), (scenario.Case.Decision!.Kind, scenario.Case.Decision.DecidedOn));
            Assert.Equal(before.Version + 1, scenario.Case.Version);
            Assert.Equal(before.TimelineCount + 1, scenario.Case.Timeline.Count);
            Assert.Equal(CaseEvent.Decided, scenario.Case.Timeline[^1].Type);
        }
        else
        {
            Assert.Equal(code, Assert.Single(result.Errors).Code);
            Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
        }
    }

    /// <summary>An adult's parking on a cycle path (S36): facts Mon 2025-02-10, notice Tue 02-11, defence until Mon 2025-03-17.</summary>
    private static Scenario Parking() =>
        Open(TrafficInfraction(InfractionCategory.Parking2), facts: "2025-02-10").Noticed("2025-02-11");

    /// <summary>A 15-year-old who refused mediation; notice Mon 2025-03-10, deemed received Thu 03-13, defence until Fri 03-28.</summary>
    private static Scenario MinorAfterMediation() =>
        Open(offender: Minor()).MediationOffered("2025-03-03").MediationEnded(MediationOutcome.Refused, "2025-03-05").Noticed("2025-03-10");
}
