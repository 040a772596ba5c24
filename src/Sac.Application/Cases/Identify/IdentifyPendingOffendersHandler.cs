using Mediator;
using Sac.Application.Common.Ports;
using Sac.Application.Deadlines;
using Sac.Application.Registries;
using Sac.Domain.Audit;
using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Cases.Identify;

internal sealed class IdentifyPendingOffendersHandler(IPendingIdentifications pending, RegistryLookups lookups, TimeProvider clock)
    : ICommandHandler<IdentifyPendingOffendersCommand, Result<PendingIdentificationRun>>
{
    private const string Belgium = "BE";

    public async ValueTask<Result<PendingIdentificationRun>> Handle(IdentifyPendingOffendersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int asked = 0, identified = 0, noHolder = 0;
        foreach (var @case in await pending.TakeAsync(command.BatchSize, cancellationToken))
        {
            // Checked again on the loaded case: a rerun, or a case identified meanwhile, asks nothing.
            if (!@case.AwaitsVehicleHolder || @case.BelgianPlate is not { } stored || LicencePlate.Create(stored, Belgium) is not { IsSuccess: true } plate)
            {
                continue;
            }

            asked++;
            var binding = new RegistryBinding(@case.Id.ToString(), RegistryPurpose.IdentifyOffender);
            var answer = await lookups.VehicleHolderAsync(RegistryCaller.System, plate.Value, @case.FactsDate, binding, cancellationToken);
            if (answer.Outcome == RegistryOutcome.Failed)
            {
                // The adapter already retried; asking the next plates now would only fail again. The next run retries.
                return new PendingIdentificationRun(asked, identified, noHolder, RegistryFailed: true);
            }

            if (answer.Value is { } holder && IdentifiedOffender.FromHolder(holder) is { } offender)
            {
                @case.Identify(offender, now, SystemActor.Name, $"{plate.Value.Value} {@case.FactsDate:yyyy-MM-dd}");
                identified++;
            }
            else
            {
                @case.RecordNoHolderFound(now, SystemActor.Name);
                noHolder++;
            }
        }

        return new PendingIdentificationRun(asked, identified, noHolder, RegistryFailed: false);
    }
}
