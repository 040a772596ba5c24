using Sac.Domain.Assessment;
using Sac.Domain.Cases;

namespace Sac.Benchmarks.Generation;

/// <summary>Before the notice: the holder of a plate, cases that cannot go on, the prosecutor, minors and alternative measures.</summary>
internal sealed partial class CaseLifecycle
{
    /// <summary>The hourly job asks the vehicle registry; a foreign plate, or a plate without holder, is closed or runs out of time.</summary>
    private bool Identify()
    {
        if (@case.Offender.IsIdentified)
        {
            return true;
        }

        if (@case.AwaitsVehicleHolder && Chance(0.96))
        {
            var holder = Chance(0.15) ? offenders.Company(locality) : offenders.Person(locality, @case.FactsDate, mayBeMinor: false);
            return After(0, 2) && Done(@case.Identify(IntakeMapping.ToOffender(holder), Now, SystemActor, $"{@case.Offender.Plate} {@case.FactsDate:yyyy-MM-dd}"));
        }

        if (@case.AwaitsVehicleHolder && After(0, 2))
        {
            Done(@case.RecordNoHolderFound(Now, SystemActor));
        }

        if (Chance(0.8) && After(20, 60))
        {
            Done(@case.Close(CloseReason.NotSanctionable, null, Now, official));
        }

        return false;
    }

    /// <summary>A minor below the municipality's age, a minor parked, …: the official closes the case, or lets time close it.</summary>
    private bool Clear()
    {
        if (Assess().Reasons.All(r => r == AssessmentReason.AwaitingProsecutor))
        {
            return true;
        }

        if (Chance(0.9) && After(5, 30))
        {
            Done(@case.Close(CloseReason.NotSanctionable, null, Now, official));
        }

        return false;
    }

    /// <summary>Mixed infractions go to the prosecutor first: an answer (to prosecute, or not) or two months' silence.</summary>
    private bool Prosecutor()
    {
        if (!@case.AwaitsProsecutor)
        {
            return true;
        }

        if (!After(3, 15) || !Done(@case.ReportToProsecutor(day, Now, official)))
        {
            return false;
        }

        var roll = random.NextDouble();
        if (roll < 0.30)
        {
            // Silence: the window's end is a deadline job (a light case proceeds, a serious one closes).
            return ReachDay(@case.Deadlines.ProsecutorAnswer!.Value.AddDays(Days(1, 10))) && IsOpen;
        }

        var answer = roll < 0.38 ? ProsecutorAnswer.Prosecutes : ProsecutorAnswer.LeavesToOfficial;
        return After(10, 45) && (!@case.AwaitsProsecutor || Done(@case.RecordProsecutorAnswer(answer, day, Now, official))) && IsOpen;
    }

    /// <summary>Minors: the parents' letter and mediation first; some adults are offered mediation or community service too.</summary>
    private bool Alternatives()
    {
        var assessment = Assess();
        if (assessment.IsMinor)
        {
            return After(3, 10) && Done(@case.InformParents(day, isMinor: true, Now, official))
                && (!assessment.MediationMustBeOffered || Mediation(successShare: 0.55));
        }

        if (assessment.MediationMayBeOffered && Chance(0.04))
        {
            return Mediation(successShare: 0.5);
        }

        return assessment.MaximumCommunityServiceHours is not { } hours || !Chance(0.01)
            || (After(5, 20) && Done(@case.OfferCommunityService(day, hours, Now, official)));
    }

    private bool Mediation(double successShare)
    {
        if (!After(5, 15) || !Done(@case.OfferMediation(day, Assess().MediationMayBeOffered, Now, official)))
        {
            return false;
        }

        var outcome = Chance(successShare) ? MediationOutcome.Succeeded : Chance(0.5) ? MediationOutcome.Failed : MediationOutcome.Refused;
        return After(30, 90) && Done(@case.RecordMediationOutcome(outcome, day, Now, official)) && IsOpen;
    }
}
