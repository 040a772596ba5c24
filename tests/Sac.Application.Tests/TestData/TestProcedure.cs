using Sac.Domain.Assessment;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Register;

namespace Sac.Application.Tests.TestData;

/// <summary>
/// Drives a stored case through the steps straight on the domain, as earlier requests would have, so a test
/// starts where its handler acts. Every step must succeed: a refusal here is a mistake in the test's setup.
/// Dates are "yyyy-MM-dd"; the defaults follow the demo finding of 1 March 2025 in Gent.
/// </summary>
internal static class TestProcedure
{
    public const string By = "earlier@demo.sac";

    /// <summary>Posted Monday 10 March 2025: deemed received Thursday 13 March, defence until Friday 28 March.</summary>
    public static Case WithNotice(this Case @case, string postedOn = "2025-03-10") =>
        Done(@case, @case.SendNotice(Day(postedOn), NotificationChannel.RegisteredMail, Assess(@case, Day(postedOn)).Reasons, At(postedOn), By));

    /// <summary>A fine after the defence period (the notice is sent first when it was not).</summary>
    public static Case WithFine(this Case @case, decimal amount = 200m, string decidedOn = "2025-04-10") =>
        Decided(@case, new DecisionRequest(Day(decidedOn), DecisionKind.Fine, amount, null, null, "Reasons."), decidedOn);

    public static Case WithCommunityService(this Case @case, int hours = 10, string decidedOn = "2025-04-10") =>
        Decided(@case, new DecisionRequest(Day(decidedOn), DecisionKind.CommunityService, null, hours, null, null), decidedOn);

    /// <summary>Posted Friday 11 April 2025: deemed received Wednesday 16 April, appeal until Friday 16 May.</summary>
    public static Case WithDecisionNotified(this Case @case, string postedOn = "2025-04-11") =>
        Done(@case, @case.NotifyDecision(Day(postedOn), NotificationChannel.RegisteredMail, At(postedOn), By));

    /// <summary>
    /// What the passing of time did by <paramref name="today"/>. The register lines it produced are handed back, as a
    /// saved request would have stored them, so the next handler does not take them.
    /// </summary>
    public static Case WithTimePassed(this Case @case, string today, int paymentTermDays = 30)
    {
        @case.ApplyDueDeadlines(paymentTermDays, At(today), "Sac");
        @case.TakeNewRegisterEntries();
        return @case;
    }

    /// <summary>The fine of 200 became enforceable on Saturday 17 May 2025: to be paid by Monday 16 June.</summary>
    public static Case WithEnforceableFine(this Case @case, decimal amount = 200m) =>
        @case.WithFine(amount).WithDecisionNotified().WithTimePassed("2025-05-20");

    public static Case WithMediationOffered(this Case @case, string offeredOn = "2025-03-10") =>
        Done(@case, @case.OfferMediation(Day(offeredOn), Assess(@case, Day(offeredOn)).MediationMayBeOffered, At(offeredOn), By));

    public static Case WithAppeal(this Case @case, string filedOn = "2025-04-20") =>
        Done(@case, @case.RegisterAppeal(Day(filedOn), Assess(@case, Day(filedOn)).IsMinor, At(filedOn), By));

    public static Case WithHearingScheduled(this Case @case, string at = "2025-03-25T10:00:00+01:00") =>
        Done(@case, @case.ScheduleHearing(TestClock.Instant(at), "Stadhuis", Assess(@case, BelgianTime.DateOf(TestClock.Instant(at))).OralHearingMayBeRequested, TestClock.Instant(at), By));

    public static Case WithReportToProsecutor(this Case @case, string receivedOn = "2025-03-10") =>
        Done(@case, @case.ReportToProsecutor(Day(receivedOn), At(receivedOn), By));

    /// <summary>The case's assessment on <paramref name="on"/> in its demo municipality, with the register lines given.</summary>
    public static CaseAssessment Assess(Case @case, DateOnly on, IReadOnlyList<PriorSanction>? history = null)
    {
        var municipality = DemoMunicipalities.ByNis(@case.MunicipalityNis);
        var infraction = municipality.InfractionOn(@case.InfractionCode, @case.FactsDate)!;
        return CaseAssessor.Assess(new AssessmentFacts(
            @case.Offender, infraction, municipality.Settings, @case.FactsDate, @case.FindingDate, @case.Deadlines.Decision, history ?? [], on,
            @case.ProsecutorCleared));
    }

    public static DateOnly Day(string date) => TestClock.Date(date);

    /// <summary>Noon in Brussels on <paramref name="date"/>.</summary>
    public static DateTimeOffset At(string date) => BelgianTime.FromLocalTime(Day(date).ToDateTime(new TimeOnly(12, 0)));

    private static Case Decided(Case @case, DecisionRequest request, string decidedOn)
    {
        if (@case.NoticeSentOn is null)
        {
            @case.WithNotice();
        }

        return Done(@case, @case.Decide(request, Assess(@case, request.DecidedOn), At(decidedOn), By));
    }

    private static Case Done(Case @case, Result step) =>
        step.IsSuccess ? @case : throw new InvalidOperationException($"Test setup: {step.FirstError.Code} {step.FirstError.Message}");
}
