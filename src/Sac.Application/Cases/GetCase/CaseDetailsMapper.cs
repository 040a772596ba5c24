using Riok.Mapperly.Abstractions;
using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Deadlines;
using Sac.Domain.Municipalities;

namespace Sac.Application.Cases.GetCase;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class CaseDetailsMapper
{
    public static CaseDetails ToDetails(this Case source, Municipality municipality, Infraction infraction, CaseAssessment assessment, DateOnly today) => new(
        source.Id,
        source.Number,
        source.MunicipalityNis,
        municipality.NameNl,
        municipality.NameFr,
        source.Status,
        ToSummary(infraction),
        source.FactsAt,
        source.FindingAt,
        ToDetails(source.Place),
        source.Description,
        ToOffenderDetails(source, assessment),
        ToDetails(assessment, today),
        ToDetails(source.Deadlines),
        Decision: null,
        source.CloseReason,
        source.Version,
        [.. source.Timeline.Select(ToEntry)]);

    private static OffenderDetails ToOffenderDetails(Case source, CaseAssessment assessment)
    {
        var o = source.Offender;
        return new OffenderDetails(
            o.Type, o.NationalRegisterNumber, o.LastName, o.FirstName, o.BirthDate, o.BirthDateEstimated, assessment.AgeAtFacts,
            assessment.IsMinor, o.Language, o.Address, o.EnterpriseNumber, o.CompanyName, o.Plate, o.PlateCountry, o.DisplayName);
    }

    private static AssessmentDetails ToDetails(CaseAssessment a, DateOnly today) => new(
        a.Sanctionable, a.Reasons, a.IsRecidivism, a.MaximumFine, a.FixedFine, a.MinimumFine, a.MaximumFineBasis,
        a.MaximumCommunityServiceHours, a.MediationMustBeOffered, a.MediationMayBeOffered, a.OralHearingMayBeRequested,
        a.Caps2024Apply, a.Regime.Basis, a.Regime.ValidFrom, today, a.PriorSanction);

    private static partial InfractionSummary ToSummary(Infraction infraction);

    private static partial PlaceDetails ToDetails(Place place);

    private static partial DeadlineDetails ToDetails(CaseDeadlines deadlines);

    private static partial TimelineEntry ToEntry(CaseEvent happened);
}
