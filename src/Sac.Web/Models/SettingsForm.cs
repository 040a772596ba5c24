using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sac.Application.Municipalities.ChangeSettings;
using Sac.Application.Municipalities.GetMunicipality;

namespace Sac.Web.Models;

/// <summary>The council's legal choices (Municipalities/EditSettings).</summary>
public sealed class SettingsForm
{
    /// <summary>The ages a council may choose; no choice means minors are not covered.</summary>
    public static readonly IReadOnlyList<int> MinorsAges = [16, 14];

    /// <summary>14 or 16; empty when minors are not covered.</summary>
    public int? MinorsMinimumAge { get; set; }

    public DateOnly? Caps2024AdoptedOn { get; set; }

    public bool AdultMediationOffered { get; set; }

    public int? PaymentTermDays { get; set; }

    /// <summary>Years personal data of a closed case is kept (1 to 30).</summary>
    public int? RetentionYears { get; set; }

    [BindNever]
    public string MunicipalityName { get; set; } = string.Empty;

    public static SettingsForm From(MunicipalityDetails municipality) => new()
    {
        MinorsMinimumAge = municipality.Settings.MinorsMinimumAge,
        Caps2024AdoptedOn = municipality.Settings.Caps2024AdoptedOn,
        AdultMediationOffered = municipality.Settings.AdultMediationOffered,
        PaymentTermDays = municipality.Settings.PaymentTermDays,
        RetentionYears = municipality.Settings.RetentionYears,
        MunicipalityName = Formats.Pick(municipality.NameNl, municipality.NameFr),
    };

    /// <summary>An empty term or retention is sent as 0, so the domain's rules (1 to 365 days, 1 to 30 years) answer it.</summary>
    public ChangeSettingsCommand ToCommand(string nis) =>
        new(nis, MinorsMinimumAge, Caps2024AdoptedOn, AdultMediationOffered, PaymentTermDays ?? 0, RetentionYears ?? 0);
}
