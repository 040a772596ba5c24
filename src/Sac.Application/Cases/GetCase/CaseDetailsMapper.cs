using Riok.Mapperly.Abstractions;
using Sac.Domain.Assessment;
using Sac.Application.Cases.Procedure;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Application.Documents;
using Sac.Domain.Deadlines;
using Sac.Domain.Municipalities;

namespace Sac.Application.Cases.GetCase;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class CaseDetailsMapper
{
    public static CaseDetails ToDetails(this CaseContext context, DateOnly today, IReadOnlyList<DocumentSummary> documents)
    {
        var (source, municipality, infraction, assessment) = context;
        return new(
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
        source.Decision is { } decision ? ToDetails(decision) : null,
        ToProcedure(source),
        source.AmountDue is { } due ? new PaymentDetails(
            due, source.AmountPaid, source.Outstanding!.Value, source.AmountRefunded, source.Overpaid, source.PaymentReference.ToString(), source.Payments, source.Refunds) : null,
        source.CloseReason,
        source.Version,
        [.. source.Timeline.Select(ToEntry)],
        documents,
        source.AnonymisedOn,
        source.Device,
        source.Validation);
    }

    private static OffenderDetails ToOffenderDetails(Case source, CaseAssessment assessment)
    {
        var o = source.Offender;
        return new OffenderDetails(
            o.Type, o.NationalRegisterNumber, o.LastName, o.FirstName, o.BirthDate, o.BirthDateEstimated, assessment.AgeAtFacts ?? source.OffenderAgeAtFacts,
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

    private static partial DecisionDetails ToDetails(Decision decision);

    [MapperIgnoreSource(nameof(Case.Id))]
    private static partial ProcedureDetails ToProcedure(Case source);
}
