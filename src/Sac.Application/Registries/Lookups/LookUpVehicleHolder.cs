using Mediator;
using Sac.Domain.Audit;
using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Registries.Lookups;

/// <summary>
/// The holder of a Belgian plate on a date, from the vehicle registry (api-v1.md, GET /api/v1/registry/vehicles/{plate}?at=).
/// Plates belong to holders, not to vehicles: the date is required. <paramref name="At"/> is YYYY-MM-DD as the client sent it,
/// so an unreadable date is a refused lookup like any other, and logged.
/// </summary>
public sealed record LookUpVehicleHolderQuery(string? Plate, string? At, string? Reference, string? Purpose) : IQuery<Result<VehicleHolder>>;

internal sealed class LookUpVehicleHolderHandler(RegistryGate gate, RegistryLookups lookups)
    : IQueryHandler<LookUpVehicleHolderQuery, Result<VehicleHolder>>
{
    // The vehicle registry (DIV) is Belgian: a foreign plate cannot be asked about.
    private const string Belgium = "BE";

    public async ValueTask<Result<VehicleHolder>> Handle(LookUpVehicleHolderQuery query, CancellationToken cancellationToken)
    {
        var check = await gate.CheckAsync(query.Reference, query.Purpose, cancellationToken);
        var errors = new List<Error>(check.Errors);
        var plate = LicencePlate.Create(query.Plate, Belgium);
        errors.AddRange(plate.Errors.Select(e => e.AtField("plate")));
        var at = RegistryAnswers.ParseDate(query.At, errors);
        if (errors.Count > 0 || check.Binding is not { } binding || at is not { } date)
        {
            var subject = plate.IsSuccess ? plate.Value.Value : query.Plate;
            return Result<VehicleHolder>.Failure(
                await lookups.RefuseAsync(gate.Caller, RegistryKind.VehicleRegistry, subject, at, check.Reference, check.Purpose, errors));
        }

        var answer = await lookups.VehicleHolderAsync(gate.Caller, plate.Value, date, binding, cancellationToken);
        return answer.ToResult(RegistryErrors.HolderNotFound);
    }
}
