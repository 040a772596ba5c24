using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Sac.Application.Cases.Identify;

namespace Sac.Web.Models;

/// <summary>
/// The offender identified or re-identified through the registries: by national register number, or as the holder of the
/// case's plate on the date of the facts. The page shows the plate and date; only the choice and the number are posted.
/// </summary>
public sealed class IdentifyForm : StepForm
{
    // The vehicle registry (DIV) is Belgian.
    private const string Belgium = "BE";

    public bool FromVehicleHolder { get; set; }

    public string? NationalRegisterNumber { get; set; }

    [BindNever]
    [ValidateNever]
    public string? Plate { get; set; }

    [BindNever]
    [ValidateNever]
    public string? PlateCountry { get; set; }

    [BindNever]
    [ValidateNever]
    public DateOnly FactsDate { get; set; }

    /// <summary>Only a Belgian plate can be asked about.</summary>
    public bool HolderCanBeAsked => Plate is not null && PlateCountry == Belgium;

    /// <summary>The number typed while the holder was chosen is not sent: the choice decides.</summary>
    public IdentifyOffenderCommand ToCommand(Guid caseId, int? version) =>
        new(caseId, FromVehicleHolder ? null : NationalRegisterNumber, FromVehicleHolder, version);
}
