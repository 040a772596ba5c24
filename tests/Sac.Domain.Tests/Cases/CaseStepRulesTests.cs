using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// Each step of the procedure tried on a case in every status: allowed where the procedure allows it (one version,
/// at least one timeline line), refused elsewhere with INVALID_STATE (or ALREADY_DONE) and nothing changed. Then every
/// dated step with a date after today (accepted: the act's own date) or before the finding (BEFORE_FINDING, on the right field).
/// The expected statuses are written out here from the procedure (gas-law.md §3, §5), not read from <see cref="CaseTransitions"/>.
/// </summary>
public sealed class CaseStepRulesTests
{
    private static readonly CaseStatus[] BeforeDecision =
    [
        CaseStatus.Registered, CaseStatus.ReportedToProsecutor, CaseStatus.ParentsInformed, CaseStatus.MediationOffered, CaseStatus.MediationFailed,
        CaseStatus.CommunityServiceOffered, CaseStatus.NoticeSent, CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision,
    ];

    private static readonly CaseStatus[] AfterDecision =
    [
        CaseStatus.Decided, CaseStatus.DecisionNotified, CaseStatus.Appealed, CaseStatus.Enforceable, CaseStatus.PaymentReminded,
        CaseStatus.InCollection, CaseStatus.Paid, CaseStatus.Closed,
    ];

    /// <summary>Step, the statuses it is allowed from, the statuses where it is refused as already done.</summary>
    private static readonly (string Step, CaseStatus[] Allowed, CaseStatus[] AlreadyDone, CaseStatus[] NotTried)[] Steps =
    [
        ("SendNotice", [CaseStatus.Registered, CaseStatus.ReportedToProsecutor, CaseStatus.ParentsInformed, CaseStatus.MediationFailed, CaseStatus.CommunityServiceOffered], [], []),
        ("RegisterDefence", [CaseStatus.NoticeSent, CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision], [], []),
        ("RecordHearing", [CaseStatus.HearingScheduled], [], []),
        ("DecideNoSanction", BeforeDecision, [], []),
        ("NotifyDecision", [CaseStatus.Decided], [], []),
        ("RegisterAppeal", [CaseStatus.DecisionNotified], [], []),
        ("RecordAppealOutcome", [CaseStatus.Appealed], [], []),
        ("RegisterPayment", [CaseStatus.Enforceable, CaseStatus.PaymentReminded, CaseStatus.InCollection, CaseStatus.Paid], [], []),
        ("RecordMediationOutcome", [CaseStatus.MediationOffered], [], []),
        ("OfferMediation",
            [CaseStatus.Registered, CaseStatus.ReportedToProsecutor, CaseStatus.ParentsInformed, CaseStatus.CommunityServiceOffered, CaseStatus.NoticeSent, CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision],
            [CaseStatus.MediationOffered, CaseStatus.MediationFailed], []),
        ("OfferCommunityService",
            [CaseStatus.Registered, CaseStatus.ReportedToProsecutor, CaseStatus.ParentsInformed, CaseStatus.MediationFailed, CaseStatus.NoticeSent, CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision],
            [CaseStatus.CommunityServiceOffered], []),

        // Whether the parents may still be informed once the notice or an alternative went out is a question for the
        // legal team (see the report); only the clear cases are pinned here.
        ("InformParents", [CaseStatus.Registered, CaseStatus.ReportedToProsecutor], [CaseStatus.ParentsInformed],
            [CaseStatus.MediationOffered, CaseStatus.MediationFailed, CaseStatus.CommunityServiceOffered, CaseStatus.NoticeSent, CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision]),
        ("RequestLawyer", BeforeDecision, [], []),
        ("CloseNoSanction", BeforeDecision, [], []),
        ("ClosePaid", [CaseStatus.Paid], [], []),
    ];

    public static TheoryData<string, CaseStatus, string?> StepInEveryStatus()
    {
        var data = new TheoryData<string, CaseStatus, string?>();
        foreach (var (step, allowed, alreadyDone, notTried) in Steps)
        {
            foreach (var status in Enum.GetValues<CaseStatus>().Except(notTried))
            {
                data.Add(step, status, allowed.Contains(status) ? null : alreadyDone.Contains(status) ? "ALREADY_DONE" : "INVALID_STATE");
            }
        }

        return data;
    }

    [Fact]
    public void StatusLists_TogetherAreEveryStatus() =>
        Assert.Equal(Enum.GetValues<CaseStatus>().Order(), BeforeDecision.Concat(AfterDecision).Order());

    [Theory]
    [MemberData(nameof(StepInEveryStatus))]
    public void Step_InStatus_IsAllowedOnlyWhereTheProcedureAllowsIt(string step, CaseStatus status, string? refusal)
    {
        var (scenario, day) = InStatus(status);
        Assert.Equal(status, scenario.Case.Status);
        var before = CaseSnapshot.Of(scenario.Case);

        var result = Perform(step, scenario, day);

        if (refusal is null)
        {
            Assert.True(result.IsSuccess, Codes(result));
            Assert.Equal(before.Version + 1, scenario.Case.Version);
            Assert.True(scenario.Case.Timeline.Count > before.TimelineCount);
        }
        else
        {
            Assert.Equal(refusal, Assert.Single(result.Errors).Code);
            Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
        }
    }

    /// <summary>Every dated step, with a state it is possible in and the field its date comes from.</summary>
    public static TheoryData<string, string, string> DatedSteps => new()
    {
        { "ReportToProsecutor", "MixedRegistered", "receivedOn" },
        { "RecordProsecutorAnswer", "ReportedToProsecutor", "answeredOn" },
        { "InformParents", "MinorRegistered", "sentOn" },
        { "RequestLawyer", "MinorRegistered", "requestedOn" },
        { "OfferMediation", "Registered", "offeredOn" },
        { "RecordMediationOutcome", "MediationOffered", "endedOn" },
        { "OfferCommunityService", "Registered", "offeredOn" },
        { "RecordCommunityServiceOutcome", "CommunityServiceEnforceable", "on" },
        { "SendNotice", "Registered", "sentAt" },
        { "RegisterDefence", "NoticeSent", "receivedOn" },
        { "RecordHearing", "HearingScheduled", "heldOn" },
        { "DecideNoSanction", "Registered", "decidedAt" },
        { "NotifyDecision", "Decided", "sentAt" },
        { "RegisterAppeal", "DecisionNotified", "filedOn" },
        { "RecordAppealOutcome", "Appealed", "judgedOn" },
        { "RegisterPayment", "Enforceable", "paidOn" },
        { "HandOverToCollection", "Overdue", "on" },
    };

    [Theory]
    [MemberData(nameof(DatedSteps))]
    public void Step_DatedAfterToday_IsTheActsDateAndAccepted(string step, string state, string field)
    {
        // A step is dated as the act is (a letter handed to the post tomorrow, a judgment as the court dates it):
        // only its order is checked, not today's date.
        var (scenario, day) = InState(state);
        var before = CaseSnapshot.Of(scenario.Case);

        var result = Perform(step, scenario, Date(day).AddDays(1).ToString("yyyy-MM-dd"), today: day);

        Assert.True(result.IsSuccess, $"{field}: {Codes(result)}");
        Assert.Equal(before.Version + 1, scenario.Case.Version);
    }

    [Theory]
    [MemberData(nameof(DatedSteps))]
    public void Step_DatedBeforeTheFinding_IsRefusedAndChangesNothing(string step, string state, string field)
    {
        var (scenario, day) = InState(state);
        var before = CaseSnapshot.Of(scenario.Case);

        var result = Perform(step, scenario, "2025-02-28", today: day); // the finding is on 2025-03-01

        Assert.Equal(("BEFORE_FINDING", field), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void Step_DatedOnTheFindingDay_IsAllowed()
    {
        var scenario = Open();

        Assert.True(Perform("OfferMediation", scenario, "2025-03-01").IsSuccess);
    }

    /// <summary>Does <paramref name="step"/> dated <paramref name="on"/>, recorded at noon on <paramref name="today"/> (default: the same day).</summary>
    private static Result Perform(string step, Scenario scenario, string on, string? today = null)
    {
        var c = scenario.Case;
        var date = Date(on);
        var now = Noon(today ?? on);
        return step switch
        {
            "ReportToProsecutor" => c.ReportToProsecutor(date, now, Official),
            "RecordProsecutorAnswer" => c.RecordProsecutorAnswer(ProsecutorAnswer.LeavesToOfficial, date, now, Official),
            "InformParents" => c.InformParents(date, isMinor: true, now, Official),
            "RequestLawyer" => c.RequestLawyer(date, null, isMinor: true, now, Official),
            "OfferMediation" => c.OfferMediation(date, mayBeOffered: true, now, Official),
            "RecordMediationOutcome" => c.RecordMediationOutcome(MediationOutcome.Failed, date, now, Official),
            "OfferCommunityService" => c.OfferCommunityService(date, 30, now, Official),
            "RecordCommunityServiceOutcome" => c.RecordCommunityServiceOutcome(true, date, now, Official),
            "SendNotice" => c.SendNotice(date, NotificationChannel.RegisteredMail, [], now, Official),
            "RegisterDefence" => c.RegisterDefence(date, "verweer", now, Official),
            "RecordHearing" => c.RecordHearing(date, true, null, now, Official),
            "DecideNoSanction" => c.Decide(Request(DecisionKind.NoSanction, on), scenario.AssessOn(today ?? on), now, Official),
            "NotifyDecision" => c.NotifyDecision(date, NotificationChannel.RegisteredMail, now, Official),
            "RegisterAppeal" => c.RegisterAppeal(date, false, now, Official),
            "RecordAppealOutcome" => c.RecordAppealOutcome(AppealOutcome.Confirmed, date, null, null, 30, now, Official),
            "RegisterPayment" => c.RegisterPayment(date, 200m, null, now, Official),
            "HandOverToCollection" => c.HandOverToCollection(date, now, Official),
            "CloseNoSanction" => c.Close(CloseReason.NoSanction, null, now, Official),
            "ClosePaid" => c.Close(CloseReason.Paid, null, now, Official),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };
    }

    /// <summary>A case in <paramref name="status"/>, and a day after its last step on which the next step is dated.</summary>
    private static (Scenario Scenario, string Day) InStatus(CaseStatus status) => InState(status.ToString());

    private static (Scenario Scenario, string Day) InState(string state) => state switch
    {
        "Registered" => (Open(), "2025-03-10"),
        "MixedRegistered" => (Open(MixedInfraction(InfractionCategory.MixedLight)), "2025-03-10"),
        "MinorRegistered" => (Open(offender: Minor()), "2025-03-10"),
        "ReportedToProsecutor" => (Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05"), "2025-03-10"),
        "ParentsInformed" => (Open(offender: Minor()).ParentsInformed("2025-03-04"), "2025-03-10"),
        "MediationOffered" => (Open().MediationOffered("2025-03-04"), "2025-03-10"),
        "MediationFailed" => (Open().MediationOffered("2025-03-04").MediationEnded(MediationOutcome.Failed, "2025-03-07"), "2025-03-10"),
        "CommunityServiceOffered" => (Open().CommunityServiceOffered("2025-03-04"), "2025-03-10"),
        "NoticeSent" => (Open().Noticed(), "2025-03-10"),
        "HearingScheduled" => (Open().Noticed().HearingScheduled("2025-03-05", "2025-03-26T09:00:00+01:00"), "2025-03-26"),
        "ReadyForDecision" => (Open().Noticed().Swept("2025-03-22"), "2025-03-24"),
        "Decided" => (Open().Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m), "2025-03-25"),
        "DecisionNotified" => (FineNotified(), "2025-04-10"),
        "Appealed" => (FineNotified().Appealed("2025-04-10"), "2025-04-15"),
        "Enforceable" => (FineEnforceable(), "2025-05-05"),
        "CommunityServiceEnforceable" => (
            Open().Noticed().Decided(DecisionKind.CommunityService, "2025-03-24", hours: 20).Notified("2025-03-25").Swept("2025-04-29"), "2025-05-05"),
        "PaymentReminded" => (FineEnforceable().Swept("2025-05-31"), "2025-06-05"),
        "Overdue" => (FineEnforceable().Swept("2025-05-31").Swept("2025-07-01"), "2025-07-02"),
        "InCollection" => (
            FineEnforceable().Swept("2025-05-31").Swept("2025-07-01").Do(c => c.HandOverToCollection(Date("2025-07-02"), Noon("2025-07-02"), Official)),
            "2025-07-03"),
        "Paid" => (FineEnforceable().Paid(200m, "2025-05-05"), "2025-05-06"),
        "Closed" => (Open().Do(c => c.Close(CloseReason.NoSanction, null, Noon("2025-03-02"), Official)), "2025-03-10"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
