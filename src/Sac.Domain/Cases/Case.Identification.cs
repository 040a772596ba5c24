using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Domain.Cases;

/// <summary>
/// Identifying the offender (gas-law.md §6): a finding known only by its plate waits for the holder on the date of the
/// facts; an official may also identify or re-identify the offender through the National Register. Both happen before
/// the decision only: a decision is taken against the person it names.
/// </summary>
public sealed partial class Case
{
    /// <summary>The vehicle registry (DIV) knows Belgian plates only.</summary>
    private const string VehicleRegistryCountry = "BE";

    /// <summary>A vehicle finding whose holder the vehicle registry (DIV) can still be asked for: a Belgian plate, before the decision.</summary>
    public bool AwaitsVehicleHolder =>
        Offender is { Type: OffenderType.Vehicle, PlateCountry: VehicleRegistryCountry } && CaseTransitions.BeforeDecision.Contains(Status);

    /// <summary>The plate the facts were found with, when it can be looked up in the Belgian vehicle registry.</summary>
    public string? BelgianPlate => Offender.PlateCountry == VehicleRegistryCountry ? Offender.Plate : null;

    /// <summary>Whether the offender may be (re-)identified now; checked before any registry is asked, so nothing is looked up in vain.</summary>
    public Result CheckCanIdentify() =>
        CaseTransitions.BeforeDecision.Contains(Status) ? Result.Success() : CaseErrors.StepNotAllowed(Status);

    /// <summary>
    /// The offender becomes <paramref name="identified"/> (a person or a company); the plate of a vehicle finding stays with
    /// the case. Identifying the same offender again changes nothing.
    /// </summary>
    /// <param name="source">Language-neutral particulars for the timeline, e.g. the plate and the date the holder was asked for.</param>
    public Result Identify(Offender identified, DateTimeOffset now, string by, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(identified);
        if (!identified.IsIdentified)
        {
            throw new ArgumentException("A vehicle is not an identified offender.", nameof(identified));
        }

        var allowed = CheckCanIdentify();
        if (allowed.IsFailure)
        {
            return allowed;
        }

        var offender = identified.Plate is null && Offender.Plate is not null
            ? identified.WithVehicle(Offender.Plate, Offender.PlateCountry)
            : identified;
        if (offender == Offender)
        {
            return Result.Success();
        }

        return Record(new CaseEvent(now, CaseEvent.OffenderIdentified, by, source), () => Offender = offender);
    }

    /// <summary>
    /// The vehicle registry knows no holder of the plate on the date of the facts: said on the timeline, so the official
    /// knows to identify the offender otherwise, and the background job does not ask again.
    /// </summary>
    public Result RecordNoHolderFound(DateTimeOffset now, string by)
    {
        if (!AwaitsVehicleHolder)
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        return Record(new CaseEvent(now, CaseEvent.HolderNotFound, by, $"{Offender.Plate} {FactsDate:yyyy-MM-dd}"), () => { });
    }
}
