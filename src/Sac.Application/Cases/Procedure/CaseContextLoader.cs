using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Procedure;

/// <summary>
/// Loads a case with its municipality, regulation version and assessment. Reads answer 404 outside the
/// user's municipalities; steps also refuse a stale version (the page was opened before someone else's change).
/// </summary>
internal sealed class CaseContextLoader(
    ICurrentUser user,
    ICaseRepository cases,
    IMunicipalityRepository municipalities,
    IRegisterRepository register,
    ISanctioningServiceDirectory services)
{
    public async Task<Result<CaseContext>> LoadToReadAsync(Guid caseId, DateOnly assessOn, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(caseId, cancellationToken) is not { } found || !user.BelongsTo(found.MunicipalityNis))
        {
            return ApplicationErrors.NotFound("The case");
        }

        return await WithAssessmentAsync(found, assessOn, cancellationToken);
    }

    public async Task<Result<CaseContext>> LoadToActOnAsync(Guid caseId, int? expectedVersion, DateOnly assessOn, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(caseId, cancellationToken) is not { } found)
        {
            return ApplicationErrors.NotFound("The case");
        }

        if (!user.BelongsTo(found.MunicipalityNis))
        {
            return ApplicationErrors.NotYourMunicipality;
        }

        if (expectedVersion is { } expected && expected != found.Version)
        {
            return ApplicationErrors.StaleVersion;
        }

        return await WithAssessmentAsync(found, assessOn, cancellationToken);
    }

    /// <summary>For background jobs, which act for the system on any municipality.</summary>
    public async Task<CaseContext?> LoadForSystemAsync(Guid caseId, DateOnly assessOn, CancellationToken cancellationToken) =>
        await cases.GetAsync(caseId, cancellationToken) is { } found ? await WithAssessmentAsync(found, assessOn, cancellationToken) : null;

    private async Task<CaseContext> WithAssessmentAsync(Case found, DateOnly assessOn, CancellationToken cancellationToken)
    {
        var municipality = await municipalities.GetAsync(found.MunicipalityNis, cancellationToken)
            ?? throw new InvalidOperationException($"Case {found.Id} points to a missing municipality.");
        var infraction = municipality.InfractionOn(found.InfractionCode, found.FactsDate)
            ?? throw new InvalidOperationException($"Case {found.Id} points to a missing regulation version.");
        var history = found.Offender.IdentityKey is { } key
            ? await register.FindSanctionsAsync(key, await services.MunicipalitiesSharingServiceWithAsync(found.MunicipalityNis, cancellationToken), cancellationToken)
            : [];

        // A case is not its own recidivism: its own final decision is in the register too.
        var earlier = history.Where(h => h.CaseId != found.Id).ToList();
        var assessment = CaseAssessor.Assess(new AssessmentFacts(
            found.Offender, infraction, municipality.Settings, found.FactsDate, found.FindingDate, found.Deadlines.Decision,
            earlier, assessOn, found.ProsecutorCleared));
        return new CaseContext(found, municipality, infraction, assessment);
    }
}
