using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Deadlines;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Register;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.TestData;

/// <summary>
/// A case with what the application layer hands each of its steps (as CaseContextLoader does): the regulation
/// version, the municipality's settings, the offender's register history and the real assessment on the step's
/// day. Set-up steps assert that they succeed; a test calls the step under test on <see cref="Case"/> itself.
/// Days are ISO dates and every step happens at noon UTC, which is the same day in Brussels.
/// </summary>
/// <remarks>
/// The default case: an adult drops litter (LITTER, 50–350) on Saturday 2025-03-01, found the same day, so the
/// decision limit is 2025-09-01. The notice goes out on Monday 2025-03-03 (deemed received Thursday 03-06, defence
/// until Friday 03-21); a fine of 200 is decided on 2025-03-24 and posted on Tuesday 2025-03-25 (deemed received
/// Friday 03-28, appeal until Monday 2025-04-28); it is enforceable on 2025-04-29 and, with the 30-day term, to be
/// paid by 2025-05-29, Ascension, so by Friday 2025-05-30.
/// </remarks>
internal sealed class Scenario
{
    public const string Official = "official@demo.sac";
    public const string Job = "system";

    /// <summary>The payment reference is made from the number: year 2025, sequence 197.</summary>
    public const string Number = "44021-2025-000197";

    private Scenario(Case opened, Infraction infraction, MunicipalitySettings settings, IReadOnlyList<PriorSanction> history)
    {
        Case = opened;
        Infraction = infraction;
        Settings = settings;
        History = history;
    }

    public Case Case { get; }

    public Infraction Infraction { get; }

    /// <summary>Settable: the council may change its choices while a case runs.</summary>
    public MunicipalitySettings Settings { get; set; }

    public IReadOnlyList<PriorSanction> History { get; }

    public static DateTimeOffset Noon(string day) => Instant($"{day}T12:00:00Z");

    public static Scenario Open(
        Infraction? infraction = null,
        Offender? offender = null,
        MunicipalitySettings? settings = null,
        string facts = "2025-03-01",
        string? finding = null,
        IReadOnlyList<PriorSanction>? history = null)
    {
        var regulation = infraction ?? Build.Infraction();
        var findingDay = finding ?? facts;
        var opened = Case.Open(
            Intake($"{facts}T10:00:00Z", $"{findingDay}T10:00:00Z", offender ?? Adult(), regulation), Number, Noon(findingDay), "finder@demo.sac");
        Assert.True(opened.IsSuccess, Codes(opened));
        return new Scenario(opened.Value, regulation, settings ?? Build.Settings(), history ?? []);
    }

    /// <summary>The default case with a fine of 200 notified; the appeal runs until 2025-04-28.</summary>
    public static Scenario FineNotified(Offender? offender = null, MunicipalitySettings? settings = null) =>
        Open(offender: offender, settings: settings).Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m).Notified("2025-03-25");

    /// <summary>The default fine, final on 2025-04-29 without appeal; to be paid by 2025-05-30 with the 30-day term.</summary>
    public static Scenario FineEnforceable(MunicipalitySettings? settings = null)
    {
        var scenario = FineNotified(settings: settings);
        Assert.True(scenario.Sweep("2025-04-29"));
        Assert.Equal(CaseStatus.Enforceable, scenario.Case.Status);
        return scenario;
    }

    /// <summary>The real assessment of the case on <paramref name="day"/>, as the application computes it for a step.</summary>
    public CaseAssessment AssessOn(string day) => CaseAssessor.Assess(new AssessmentFacts(
        Case.Offender, Infraction, Settings, Case.FactsDate, Case.FindingDate, Case.Deadlines.Decision, History, Date(day), Case.ProsecutorCleared));

    public Scenario Do(Func<Case, Result> step)
    {
        var result = step(Case);
        Assert.True(result.IsSuccess, Codes(result));
        return this;
    }

    public Scenario ReportedToProsecutor(string receivedOn) =>
        Do(c => c.ReportToProsecutor(Date(receivedOn), Noon(receivedOn), Official));

    public Scenario ProsecutorAnswered(ProsecutorAnswer answer, string answeredOn) =>
        Do(c => c.RecordProsecutorAnswer(answer, Date(answeredOn), Noon(answeredOn), Official));

    public Scenario ParentsInformed(string sentOn) =>
        Do(c => c.InformParents(Date(sentOn), AssessOn(sentOn).IsMinor, Noon(sentOn), Official));

    public Scenario LawyerRequested(string requestedOn) =>
        Do(c => c.RequestLawyer(Date(requestedOn), null, AssessOn(requestedOn).IsMinor, Noon(requestedOn), Official));

    public Scenario MediationOffered(string offeredOn) =>
        Do(c => c.OfferMediation(Date(offeredOn), AssessOn(offeredOn).MediationMayBeOffered, Noon(offeredOn), Official));

    public Scenario MediationEnded(MediationOutcome outcome, string endedOn) =>
        Do(c => c.RecordMediationOutcome(outcome, Date(endedOn), Noon(endedOn), Official));

    public Scenario CommunityServiceOffered(string offeredOn) =>
        Do(c => c.OfferCommunityService(Date(offeredOn), AssessOn(offeredOn).MaximumCommunityServiceHours, Noon(offeredOn), Official));

    public Scenario Noticed(string postedOn = "2025-03-03") =>
        Do(c => c.SendNotice(Date(postedOn), NotificationChannel.RegisteredMail, AssessOn(postedOn).Reasons, Noon(postedOn), Official));

    public Scenario HearingScheduled(string scheduledOn, string heldAt) =>
        Do(c => c.ScheduleHearing(Instant(heldAt), "Stadhuis, zaal 2", AssessOn(scheduledOn).OralHearingMayBeRequested, Noon(scheduledOn), Official));

    public Scenario HearingHeld(string heldOn) =>
        Do(c => c.RecordHearing(Date(heldOn), attended: true, "Betrokkene betwist de feiten niet.", Noon(heldOn), Official));

    /// <summary>Asks for a decision with the assessment on its date; <paramref name="recordedOn"/> defaults to that date.</summary>
    public Result Decide(DecisionKind kind, string decidedOn, decimal? amount = null, int? hours = null, string? recordedOn = null) =>
        Case.Decide(Request(kind, decidedOn, amount, hours), AssessOn(decidedOn), Noon(recordedOn ?? decidedOn), Official);

    public Scenario Decided(DecisionKind kind, string decidedOn, decimal? amount = null, int? hours = null)
    {
        var result = Decide(kind, decidedOn, amount, hours);
        Assert.True(result.IsSuccess, Codes(result));
        return this;
    }

    public static DecisionRequest Request(DecisionKind kind, string decidedOn, decimal? amount = null, int? hours = null) =>
        new(Date(decidedOn), kind, amount, hours, kind == DecisionKind.NoSanction ? "Eerste feit, spijt betuigd" : null, "Gelet op het reglement ...");

    public Scenario Notified(string postedOn = "2025-03-25", NotificationChannel channel = NotificationChannel.RegisteredMail) =>
        Do(c => c.NotifyDecision(Date(postedOn), channel, Noon(postedOn), Official));

    public Scenario Appealed(string filedOn) =>
        Do(c => c.RegisterAppeal(Date(filedOn), AssessOn(filedOn).IsMinor, Noon(filedOn), Official));

    public Scenario Paid(decimal amount, string paidOn) =>
        Do(c => c.RegisterPayment(Date(paidOn), amount, "+++250/0000/19788+++", Noon(paidOn), Official));

    /// <summary>The daily job: applies every deadline that passed by <paramref name="day"/> with the municipality's payment term.</summary>
    public bool Sweep(string day) => Case.ApplyDueDeadlines(Settings.PaymentTermDays, Noon(day), Job);

    public Scenario Swept(string day)
    {
        Sweep(day);
        return this;
    }

    public static string Codes(Result result) => string.Join(", ", result.Errors.Select(e => $"{e.Code} {e.Field} {e.Message}"));
}

/// <summary>Everything a step may change on a case, to show that a refused step changed nothing.</summary>
internal sealed record CaseSnapshot(
    CaseStatus Status,
    int Version,
    int TimelineCount,
    CaseDeadlines Deadlines,
    DecisionTermExtension DecisionTermExtension,
    DateOnly? NextDueOn,
    CloseReason? CloseReason,
    bool ProsecutorCleared,
    ProsecutorReport? ProsecutorReport,
    DateOnly? ParentsInformedOn,
    DateOnly? LawyerRequestedOn,
    DateOnly? MediationOfferedOn,
    MediationOutcome? MediationOutcome,
    DateOnly? CommunityServiceOfferedOn,
    DateOnly? NoticeSentOn,
    int DefenceCount,
    Hearing? Hearing,
    Decision? Decision,
    DateOnly? DecisionNotifiedOn,
    Appeal? Appeal,
    DateOnly? EnforceableOn,
    decimal AmountPaid,
    DateOnly? RemindedOn,
    DateOnly? OverdueSince,
    DateOnly? HandedOverOn,
    int? TimeBarWarnedAtDays)
{
    public static CaseSnapshot Of(Case c) => new(
        c.Status, c.Version, c.Timeline.Count, c.Deadlines, c.DecisionTermExtension, c.NextDueOn, c.CloseReason, c.ProsecutorCleared,
        c.ProsecutorReport, c.ParentsInformedOn, c.LawyerRequestedOn, c.MediationOfferedOn, c.MediationOutcome, c.CommunityServiceOfferedOn,
        c.NoticeSentOn, c.Defences.Count, c.Hearing, c.Decision, c.DecisionNotifiedOn, c.Appeal, c.EnforceableOn, c.AmountPaid,
        c.RemindedOn, c.OverdueSince, c.HandedOverOn, c.TimeBarWarnedAtDays);
}
