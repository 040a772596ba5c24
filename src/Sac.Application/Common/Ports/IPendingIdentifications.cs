using Sac.Domain.Cases;

namespace Sac.Application.Common.Ports;

/// <summary>
/// Vehicle findings still waiting for their holder (<see cref="Case.AwaitsVehicleHolder"/>) that the vehicle registry has not
/// yet said it cannot name: found in one query, oldest facts first (closest to their time bar), loaded to be changed.
/// </summary>
public interface IPendingIdentifications
{
    Task<IReadOnlyList<Case>> TakeAsync(int batchSize, CancellationToken cancellationToken);
}
