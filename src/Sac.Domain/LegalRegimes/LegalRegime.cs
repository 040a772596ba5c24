using Sac.Domain.Municipalities;

namespace Sac.Domain.LegalRegimes;

/// <summary>
/// The legal numbers in force from <see cref="ValidFrom"/> on (until the next regime starts).
/// Each number comes from gas-law.md §0b; an UNCONFIRMED one is data here, not code, so a
/// correction is one line in <see cref="LegalRegimeHistory"/>.
/// </summary>
public sealed record LegalRegime
{
    public required DateOnly ValidFrom { get; init; }

    /// <summary>What changed on <see cref="ValidFrom"/>, for explanations shown to officials.</summary>
    public required string Basis { get; init; }

    public required decimal MinorFineCap { get; init; }

    public required decimal AdultFineCap { get; init; }

    /// <summary>Cap for adult recidivists where the municipality adopted it; null before the 2023 law.</summary>
    public required decimal? AdultRecidivistFineCap { get; init; }

    /// <summary>The fixed fines of art. 3,3° by category; a category missing here cannot be fined yet.</summary>
    public required IReadOnlyDictionary<InfractionCategory, decimal> FixedFines { get; init; }

    public int AbsoluteMinimumAge { get; init; } = 14;

    public int MajorityAge { get; init; } = 18;

    public int AdultCommunityServiceCapHours { get; init; } = 30;

    public int MinorCommunityServiceCapHours { get; init; } = 15;

    /// <summary>An oral hearing may be requested when the intended fine is above this amount.</summary>
    public decimal OralHearingThreshold { get; init; } = 70m;

    public int RecidivismWindowMonths { get; init; } = 24;

    public int TransmissionMonths { get; init; } = 2;

    public int DecisionMonths { get; init; } = 6;

    public int DecisionMonthsWithAlternativeMeasure { get; init; } = 12;

    public int DecisionMonthsWithMediationPaymentPlan { get; init; } = 15;

    /// <summary>A registered letter is deemed received on this working day after posting.</summary>
    public int DeemedReceiptWorkingDays { get; init; } = 3;

    public int DefenceDays { get; init; } = 15;

    /// <summary>The defence period for art. 3,3° traffic infractions.</summary>
    public int TrafficDefenceDays { get; init; } = 30;

    /// <summary>The prosecutor's window on a mixed infraction, from the receipt of the report.</summary>
    public int ProsecutorAnswerMonths { get; init; } = 2;

    public int AppealMonths { get; init; } = 1;

    /// <summary>The new term a payment reminder gives.</summary>
    public int ReminderTermDays { get; init; } = 30;

    /// <summary>The longest period of a mayor's temporary place ban (art. 134sexies NGW/NLC; gas-law.md §3.6).</summary>
    public int PlaceBanPeriodMonths { get; init; } = 1;

    /// <summary>How many times a place ban may be renewed after its first period.</summary>
    public int PlaceBanRenewals { get; init; } = 2;

    /// <summary>The term of an annulment appeal to the Council of State against the college's or the mayor's measures.</summary>
    public int CouncilOfStateAppealDays { get; init; } = 60;

    /// <summary>How many days before the decision limit the official is warned, largest first.</summary>
    public IReadOnlyList<int> TimeBarWarningDays { get; init; } = [30, 7];
}
