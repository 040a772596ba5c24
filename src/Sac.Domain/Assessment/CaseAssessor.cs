using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Register;

namespace Sac.Domain.Assessment;

/// <summary>Computes the legal assessment of a case (gas-law.md §0b: age, recidivism, caps, alternatives).</summary>
public static class CaseAssessor
{
    public static CaseAssessment Assess(AssessmentFacts facts)
    {
        var regime = LegalRegimeHistory.On(facts.FactsDate)
            ?? throw new InvalidOperationException("Cases start after the GAS law: Case.Open refuses earlier facts.");
        var offender = facts.Offender;
        var age = offender is { Type: OffenderType.Person, BirthDate: { } birth } ? Age.InYearsOn(birth, facts.FactsDate) : (int?)null;

        var isMinor = age < regime.MajorityAge;
        var category = facts.Infraction.Category;
        var reasons = ReasonsAgainstAFine(facts, regime, age, isMinor);
        var prior = offender.IdentityKey is null || category.IsTrafficWithFixedFine()
            ? null
            : Recidivism.FindPrior(facts.History, facts.Infraction.Code, facts.FindingDate, regime);
        if (reasons.Count > 0)
        {
            return NotSanctionable(facts, regime, age, isMinor, prior, reasons);
        }

        var caps2024Apply = Caps2024Apply(facts, regime);
        var (maximum, basis) = MaximumFine(facts, regime, isMinor, prior is not null && caps2024Apply);
        var isFixed = category.IsTrafficWithFixedFine();
        var offersAlternatives = !isFixed;
        return new CaseAssessment
        {
            Regime = regime,
            Sanctionable = true,
            Reasons = [],
            AgeAtFacts = age,
            IsMinor = isMinor,
            PriorSanction = prior,
            Caps2024Apply = caps2024Apply,
            MaximumFine = maximum,
            MinimumFine = isFixed ? maximum : Math.Min(facts.Infraction.MinimumAmount ?? 0m, maximum),
            FixedFine = isFixed ? maximum : null,
            MaximumFineBasis = basis,
            MaximumCommunityServiceHours = offersAlternatives && offender.Type == OffenderType.Person
                ? (isMinor ? regime.MinorCommunityServiceCapHours : regime.AdultCommunityServiceCapHours)
                : null,
            MediationMustBeOffered = offersAlternatives && isMinor,
            MediationMayBeOffered = offersAlternatives && (isMinor || (offender.Type == OffenderType.Person && facts.Settings.AdultMediationOffered)),
            OralHearingMayBeRequested = OralHearing.MayBeRequested(maximum, isMinor, regime),
        };
    }

    private static List<string> ReasonsAgainstAFine(AssessmentFacts facts, LegalRegime regime, int? age, bool isMinor)
    {
        var reasons = new List<string>();
        var category = facts.Infraction.Category;
        if (!facts.Offender.IsIdentified)
        {
            reasons.Add(AssessmentReason.OffenderUnidentified);
        }

        if (isMinor)
        {
            reasons.AddRange(MinorReasons(facts, regime, age!.Value));
        }

        if (category.IsTrafficWithFixedFine() && !regime.FixedFines.ContainsKey(category))
        {
            reasons.Add(AssessmentReason.FixedFineNotInForce);
        }

        if (category.IsMixed() && !facts.ProsecutorCleared)
        {
            reasons.Add(AssessmentReason.AwaitingProsecutor);
        }

        if (facts.Today > facts.DecisionDeadline)
        {
            reasons.Add(AssessmentReason.TimeBarred);
        }

        return reasons;
    }

    private static IEnumerable<string> MinorReasons(AssessmentFacts facts, LegalRegime regime, int age)
    {
        if (facts.Infraction.Category.IsTrafficWithFixedFine())
        {
            yield return AssessmentReason.ParkingAdultsOnly;
        }
        else if (age < regime.AbsoluteMinimumAge || (facts.Settings.MinorsMinimumAge is { } minimum && age < minimum))
        {
            yield return AssessmentReason.UnderMinimumAge;
        }
        else if (facts.Settings.MinorsMinimumAge is null)
        {
            yield return AssessmentReason.MinorsNotCovered;
        }
        else if (!facts.Infraction.MinorsAllowed)
        {
            yield return AssessmentReason.MinorsNotAllowedForInfraction;
        }
    }

    /// <summary>The 500 cap needs both the 2024 regime and the council's adoption, on the facts date.</summary>
    private static bool Caps2024Apply(AssessmentFacts facts, LegalRegime regime) =>
        regime.AdultRecidivistFineCap is not null
        && facts.Settings.Caps2024AdoptedOn is { } adoptedOn
        && facts.FactsDate >= adoptedOn;

    private static (decimal Maximum, FineCapBasis Basis) MaximumFine(
        AssessmentFacts facts, LegalRegime regime, bool isMinor, bool recidivistCapApplies)
    {
        var infraction = facts.Infraction;
        if (infraction.Category.IsTrafficWithFixedFine())
        {
            return (regime.FixedFines[infraction.Category], FineCapBasis.FixedByLaw);
        }

        var (legalCap, capBasis, regulationCap) = (isMinor, recidivistCapApplies) switch
        {
            (true, _) => (regime.MinorFineCap, FineCapBasis.MinorCap, infraction.MaximumAmount),
            (false, true) => (regime.AdultRecidivistFineCap!.Value, FineCapBasis.AdultRecidivistCap, RecidivistRegulationCap(infraction, regime)),
            _ => (regime.AdultFineCap, FineCapBasis.AdultCap, infraction.MaximumAmount),
        };
        return regulationCap is { } fromRegulation && fromRegulation < legalCap
            ? (fromRegulation, FineCapBasis.Regulation)
            : (legalCap, capBasis);
    }

    /// <summary>
    /// A regulation that uses the full adult cap as its ordinary maximum lets recidivists reach the
    /// legal recidivist cap (api-v1.md: "350*, 500 for adult recidivists"); a lower ordinary maximum
    /// stays the limit unless the regulation names its own recidivist maximum.
    /// </summary>
    private static decimal? RecidivistRegulationCap(Infraction infraction, LegalRegime regime) =>
        infraction.RecidivismMaximumAmount ?? (infraction.MaximumAmount < regime.AdultFineCap ? infraction.MaximumAmount : null);

    private static CaseAssessment NotSanctionable(
        AssessmentFacts facts, LegalRegime regime, int? age, bool isMinor, PriorSanction? prior, IReadOnlyList<string> reasons) => new()
    {
        Regime = regime,
        Sanctionable = false,
        Reasons = reasons,
        AgeAtFacts = age,
        IsMinor = isMinor,
        PriorSanction = prior,
        Caps2024Apply = Caps2024Apply(facts, regime),
        MaximumFine = null,
        MinimumFine = null,
        FixedFine = null,
        MaximumFineBasis = null,
        MaximumCommunityServiceHours = null,
        MediationMustBeOffered = false,
        MediationMayBeOffered = false,
        OralHearingMayBeRequested = isMinor,
    };
}
