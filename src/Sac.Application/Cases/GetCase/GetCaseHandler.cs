using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Assessment;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Cases.GetCase;

/// <summary>Reads a case and assesses it as of today: caps, recidivism and time-bar depend on the day it is read.</summary>
internal sealed class GetCaseHandler(
    ICurrentUser user,
    ICaseRepository cases,
    IMunicipalityRepository municipalities,
    IRegisterRepository register,
    ISanctioningServiceDirectory services,
    TimeProvider clock) : IQueryHandler<GetCaseQuery, Result<CaseDetails>>
{
    public async ValueTask<Result<CaseDetails>> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(query.Id, cancellationToken) is not { } found || !user.BelongsTo(found.MunicipalityNis))
        {
            return ApplicationErrors.NotFound("The case");
        }

        var municipality = await municipalities.GetAsync(found.MunicipalityNis, cancellationToken)
            ?? throw new InvalidOperationException($"Case {found.Id} points to a missing municipality.");
        var infraction = municipality.InfractionOn(found.InfractionCode, found.FactsDate)
            ?? throw new InvalidOperationException($"Case {found.Id} points to a missing regulation version.");
        var history = found.Offender.IdentityKey is { } key
            ? await register.FindSanctionsAsync(key, await services.MunicipalitiesSharingServiceWithAsync(found.MunicipalityNis, cancellationToken), cancellationToken)
            : [];
        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var assessment = CaseAssessor.Assess(new AssessmentFacts(
            found.Offender, infraction, municipality.Settings, found.FactsDate, found.FindingDate, found.Deadlines.Decision, history, today));
        return found.ToDetails(municipality, infraction, assessment, today);
    }
}
