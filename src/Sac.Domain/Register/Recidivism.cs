using Sac.Domain.Calendar;
using Sac.Domain.LegalRegimes;

namespace Sac.Domain.Register;

/// <summary>
/// Recidivism (gas-law.md §4, §0b): the same offender was sanctioned by a final decision for the
/// same infraction code within the window of months before the date of the new finding.
/// </summary>
public static class Recidivism
{
    /// <summary>The most recent earlier sanction that makes the new finding a repeat offence, or null.</summary>
    public static PriorSanction? FindPrior(
        IEnumerable<PriorSanction> history, string infractionCode, DateOnly findingDate, LegalRegime regime)
    {
        var windowStart = LegalTerm.LastDayOfMonths(findingDate, -regime.RecidivismWindowMonths);
        return history
            .Where(s => s.Final && s.Kind != SanctionKind.NoSanction)
            .Where(s => string.Equals(s.InfractionCode, infractionCode, StringComparison.Ordinal))
            .Where(s => s.DecidedOn >= windowStart && s.DecidedOn < findingDate)
            .MaxBy(s => s.DecidedOn);
    }
}
