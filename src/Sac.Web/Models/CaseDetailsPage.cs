using Sac.Application.Audit;
using Sac.Application.Cases.ChangesSince;
using Sac.Application.Cases.GetCase;
using Sac.Application.Municipalities.GetMunicipality;

namespace Sac.Web.Models;

/// <param name="Case">The case with its assessment as of today.</param>
/// <param name="Settings">The municipality's choices, to explain the caps; null when they could not be read.</param>
/// <param name="Actions">The steps the official can take now.</param>
/// <param name="Forms">A form per step, prefilled, or as posted when it comes back with errors.</param>
/// <param name="OpenStep">The step shown open: the one whose form was just posted (with its errors), or the one asked for.</param>
public sealed record CaseDetailsPage(CaseDetails Case, SettingsDetails? Settings, CaseActions Actions, CaseStepForms Forms, CaseStep? OpenStep)
{
    public string MunicipalityName => Formats.Pick(Case.MunicipalityNameNl, Case.MunicipalityNameFr);

    public string InfractionText => Formats.Pick(Case.Infraction.TextNl, Case.Infraction.TextFr);

    /// <summary>The case's audit entries, shown with the timeline lines they record.</summary>
    public IReadOnlyList<AuditLine> Audit { get; init; } = [];

    /// <summary>What others did since the version of the page a step was posted from, when that page was stale; null otherwise.</summary>
    public IReadOnlyList<CaseChange>? ChangedMeanwhile { get; init; }
}
