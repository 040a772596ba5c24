using Sac.Domain.Cases;
using Sac.Domain.Decisions;

namespace Sac.Benchmarks.Generation;

/// <summary>After the decision became final: community service performed, or the fine paid, reminded, overdue, collected, closed.</summary>
internal sealed partial class CaseLifecycle
{
    /// <summary>The appeal window's end is a deadline job; a decision of no sanction then closes the case.</summary>
    private bool Enforcement()
    {
        if (@case.Status == CaseStatus.DecisionNotified && !ReachDay(@case.Deadlines.Appeal!.Value.AddDays(1)))
        {
            return false;
        }

        if (!IsOpen)
        {
            return false;
        }

        if (@case.Decision is { Kind: DecisionKind.CommunityService })
        {
            if (After(30, 150))
            {
                Done(@case.RecordCommunityServiceOutcome(Chance(0.85), day, Now, official));
            }

            return false;
        }

        return @case.AmountDue is not null;
    }

    /// <summary>Most pay in time; some in two parts, some after the reminder; a few never, and go to forced collection.</summary>
    private void Payment()
    {
        var roll = random.NextDouble();
        var paid = roll switch
        {
            < 0.68 => PayBy(@case.Deadlines.Payment!.Value, 1m),
            < 0.75 => PayBy(@case.Deadlines.Payment!.Value, 0.5m) && After(10, 40) && Pay(1m),
            < 0.88 => ReachDay(@case.Deadlines.Payment!.Value.AddDays(Days(2, 25))) && Pay(1m),
            _ => Collection(),
        };
        if (paid && @case.Status == CaseStatus.Paid && Chance(0.9) && After(1, 20))
        {
            Done(@case.Close(CloseReason.Paid, null, Now, official));
        }
    }

    private bool Collection()
    {
        // The payment term, then the reminder's term, end unpaid: both are deadline jobs.
        if (!ReachDay(@case.Deadlines.Payment!.Value.AddDays(1)) || !ReachDay(@case.Deadlines.Payment!.Value.AddDays(Days(5, 40))))
        {
            return false;
        }

        return Chance(0.75) && Done(@case.HandOverToCollection(day, Now, official)) && Chance(0.3) && After(60, 200) && Pay(1m);
    }

    private bool PayBy(DateOnly lastDay, decimal share) =>
        ReachDay(day.AddDays(Days(2, Math.Max(2, lastDay.DayNumber - day.DayNumber)))) && Pay(share);

    /// <summary>Pays <paramref name="share"/> of what is still owed, with the case's structured communication.</summary>
    private bool Pay(decimal share)
    {
        var amount = Math.Round(@case.Outstanding!.Value * share, 2);
        return Done(@case.RegisterPayment(day, amount, @case.PaymentReference.ToString(), Now, official));
    }
}
