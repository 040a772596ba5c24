using Sac.Application.Cases.GetCase;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <param name="Case">The case with its assessment as of today.</param>
/// <param name="Settings">The municipality's choices, to explain the caps; null when they could not be read.</param>
/// <param name="Close">The close-without-sanction form, as posted when it is shown again with errors.</param>
public sealed record CaseDetailsPage(CaseDetails Case, SettingsDetails? Settings, CloseCaseForm Close)
{
    public bool CanClose => CaseTransitions.BeforeDecision.Contains(Case.Status);

    public string MunicipalityName => Formats.Pick(Case.MunicipalityNameNl, Case.MunicipalityNameFr);

    public string InfractionText => Formats.Pick(Case.Infraction.TextNl, Case.Infraction.TextFr);
}
