using Sac.Domain.Assessment;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;
using Sac.Domain.Register;

namespace Sac.Benchmarks.Generation;

/// <summary>
/// Takes one opened case through the procedure with the domain's own steps, as an official and the nightly deadline
/// jobs would have, up to the day before the run's today: each step on a day after the previous one, the due deadlines
/// applied on their own day at 00:05 before anything that happens later. What the official does is drawn at random in
/// realistic shares; a case whose next step falls on or after today stays where it is, so recent cases are in progress.
/// </summary>
internal sealed partial class CaseLifecycle(RecidivismRegister register, DateOnly today, Random random, GenerationStats stats)
{
    /// <summary>The timeline's name for what the jobs did.</summary>
    private const string SystemActor = "Sac";

    private static readonly TimeOnly JobTime = new(0, 5);
    private static readonly TimeOnly OfficeTime = new(10, 0);

    private Case @case = null!;
    private Municipality municipality = null!;
    private Infraction infraction = null!;
    private Locality locality = null!;
    private OffenderPool offenders = null!;
    private ICollection<RegisterEntry> lines = null!;
    private string official = null!;
    private DateOnly day;

    /// <summary>
    /// Runs the procedure of <paramref name="opened"/> for <paramref name="officialName"/>; the register lines its final
    /// decision makes go to the register and to <paramref name="registerLines"/>.
    /// </summary>
    public void Run(Case opened, Municipality of, Infraction committed, string officialName, OffenderPool pool, ICollection<RegisterEntry> registerLines)
    {
        (@case, municipality, infraction, official, offenders, lines) = (opened, of, committed, officialName, pool, registerLines);
        locality = Locality.Of(of.Nis);
        day = BelgianTime.DateOf(opened.RecordedAt);
        if (Identify() && Clear() && Prosecutor() && Alternatives() && Notice() && Decision() && Notification() && Enforcement())
        {
            Payment();
        }

        Tick(today.AddDays(-1));
        stats.Count(@case);
    }

    private bool Chance(double probability) => random.NextDouble() < probability;

    private int Days(int from, int to) => random.Next(from, to + 1);

    /// <summary>Moves to <paramref name="next"/> when it lies before today, running the deadline jobs due by then; false otherwise.</summary>
    private bool ReachDay(DateOnly next)
    {
        if (next >= today)
        {
            return false;
        }

        day = next < day ? day : next;
        Tick(day);
        return true;
    }

    private bool After(int from, int to) => ReachDay(day.AddDays(Days(from, to)));

    /// <summary>The nightly deadline job of each due day, in order, as Hangfire runs them.</summary>
    private void Tick(DateOnly upTo)
    {
        while (@case.NextDueOn is { } due && due <= upTo)
        {
            @case.ApplyDueDeadlines(municipality.Settings.PaymentTermDays, At(due, JobTime), SystemActor);
            TakeRegisterLines();
            if (@case.NextDueOn == due)
            {
                break;
            }
        }
    }

    private void TakeRegisterLines()
    {
        foreach (var entry in @case.TakeNewRegisterEntries())
        {
            register.Add(entry);
            lines.Add(entry);
        }
    }

    private static DateTimeOffset At(DateOnly on, TimeOnly time) => BelgianTime.FromLocalTime(on.ToDateTime(time));

    private DateTimeOffset Now => At(day, OfficeTime);

    private CaseAssessment Assess() => CaseAssessor.Assess(new AssessmentFacts(
        @case.Offender, infraction, municipality.Settings, @case.FactsDate, @case.FindingDate, @case.Deadlines.Decision,
        register.KnownOn(@case.Offender.IdentityKey, @case.Id, day), day, @case.ProsecutorCleared));

    /// <summary>True when the step was taken; a refusal is counted (the history goes on without it) and ends the case's run.</summary>
    private bool Done(Result result)
    {
        TakeRegisterLines();
        if (result.IsFailure)
        {
            stats.Refused(result.FirstError.Code);
        }

        return result.IsSuccess;
    }

    private bool IsOpen => @case.Status != CaseStatus.Closed;

    private bool BeforeDecision => CaseTransitions.BeforeDecision.Contains(@case.Status);
}
