using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;

namespace Sac.Benchmarks.Generation;

/// <summary>The notice, the defence and the hearing, the decision, its notification and the appeal.</summary>
internal sealed partial class CaseLifecycle
{
    private bool Notice()
    {
        if (Chance(0.04))
        {
            // A first, minor finding: the official closes it without sanction.
            if (After(5, 40))
            {
                Done(@case.Close(CloseReason.NoSanction, "Eerste vaststelling: een verwittiging volstaat.", Now, official));
            }

            return false;
        }

        if (!After(5, 35))
        {
            return false;
        }

        var assessment = Assess();
        if (!Done(@case.SendNotice(day, NotificationChannel.RegisteredMail, assessment.Reasons, Now, official)))
        {
            return false;
        }

        if (Chance(0.12))
        {
            var lastDay = @case.Deadlines.Defence!.Value;
            if (!ReachDay(day.AddDays(Days(3, Math.Max(3, lastDay.DayNumber - day.DayNumber))))
                || !Done(@case.RegisterDefence(day, "Ik betwist de feiten: ik was die avond niet aanwezig.", Now, official)))
            {
                return false;
            }
        }

        return !assessment.OralHearingMayBeRequested || !Chance(0.04) || Hearing(assessment);
    }

    private bool Hearing(CaseAssessment assessment)
    {
        if (!After(1, 5))
        {
            return false;
        }

        var heldOn = day.AddDays(Days(7, 21));
        return Done(@case.ScheduleHearing(At(heldOn, new TimeOnly(14, 0)), "Stadhuis, zaal 2", assessment.OralHearingMayBeRequested, Now, official))
            && ReachDay(heldOn)
            && Done(@case.RecordHearing(heldOn, Chance(0.7), "Betrokkene licht de feiten toe.", Now, official));
    }

    private bool Decision()
    {
        // Now and then a case is never decided in time: the warnings come, then the time bar closes it.
        if (Chance(0.025))
        {
            return false;
        }

        var defenceEnded = @case.Deadlines.Defence is { } lastDay && lastDay > day ? lastDay : day;
        if (!ReachDay(defenceEnded.AddDays(Days(3, 45))) || !BeforeDecision)
        {
            return false;
        }

        var assessment = Assess();
        stats.Assessed(assessment);
        var request = !assessment.Sanctionable || Chance(0.06)
            ? new DecisionRequest(day, DecisionKind.NoSanction, null, null, "De feiten zijn onvoldoende bewezen.", null)
            : assessment.MaximumCommunityServiceHours is { } hours && Chance(0.03)
                ? new DecisionRequest(day, DecisionKind.CommunityService, null, Days(Math.Min(5, hours), hours), null, "Gemeenschapsdienst.")
                : new DecisionRequest(day, DecisionKind.Fine, Fine(assessment), null, null, "De feiten zijn bewezen door de vaststelling.");
        return Done(@case.Decide(request, assessment, Now, official));
    }

    /// <summary>Mostly the regulation's usual amount, sometimes its minimum, more for a repeat offender; always within the law.</summary>
    private decimal Fine(CaseAssessment assessment)
    {
        if (assessment.FixedFine is { } fixedFine)
        {
            return fixedFine;
        }

        var minimum = assessment.MinimumFine ?? 0m;
        var maximum = assessment.MaximumFine!.Value;
        var usual = infraction.DefaultAmount ?? minimum;
        var amount = assessment.IsRecidivism ? usual * 2
            : Chance(0.2) ? minimum
            : Chance(0.1) ? Math.Round((minimum + ((maximum - minimum) * (decimal)random.NextDouble())) / 5m) * 5m
            : usual;
        return Math.Clamp(amount, Math.Max(minimum, 1m), maximum);
    }

    private bool Notification()
    {
        if (!After(1, 6))
        {
            return false;
        }

        var channel = infraction.Category.IsTrafficWithFixedFine() && Chance(0.5) ? NotificationChannel.OrdinaryMail : NotificationChannel.RegisteredMail;
        if (!Done(@case.NotifyDecision(day, channel, Now, official)))
        {
            return false;
        }

        return @case.Decision!.Kind is not (DecisionKind.Fine or DecisionKind.CommunityService) || !Chance(0.025) || Appeal();
    }

    private bool Appeal()
    {
        if (!After(5, 20) || !Done(@case.RegisterAppeal(day, Assess().IsMinor, Now, official)) || !After(60, 200))
        {
            return false;
        }

        var decision = @case.Decision!;
        var roll = random.NextDouble();
        var reducible = decision.Amount is > 1m || decision.Hours is > 1;
        var outcome = roll < 0.2 ? AppealOutcome.Annulled : roll < 0.5 && reducible ? AppealOutcome.Reduced : AppealOutcome.Confirmed;
        var reducedAmount = decision.Amount is { } amount ? Math.Floor(amount / 2m) : (decimal?)null;
        var reducedHours = decision.Hours / 2;
        return Done(@case.RecordAppealOutcome(outcome, day, reducedAmount, reducedHours, municipality.Settings.PaymentTermDays, Now, official)) && IsOpen;
    }
}
