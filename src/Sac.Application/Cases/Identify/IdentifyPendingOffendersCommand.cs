using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Identify;

/// <summary>
/// The background job's batch: vehicle findings waiting for their holder are asked about in the vehicle registry (holder
/// on the date of the facts, the case as reference, to identify the offender, as the system). A holder found becomes the
/// offender; no holder is said on the case, which then leaves the batch; a registry failure leaves the rest pending for
/// the next run. Intake never asks a registry: a finding is never lost because a registry is down.
/// </summary>
public sealed record IdentifyPendingOffendersCommand(int BatchSize = IdentifyPendingOffendersCommand.DefaultBatchSize)
    : ICommand<Result<PendingIdentificationRun>>
{
    /// <summary>Small enough that a concurrent edit of one case, which reruns the batch, asks little twice.</summary>
    public const int DefaultBatchSize = 50;
}

/// <param name="Asked">Cases the vehicle registry was asked about.</param>
/// <param name="Identified">Cases whose holder became the offender.</param>
/// <param name="NoHolder">Cases for which the registry named no usable holder (said on their timeline).</param>
/// <param name="RegistryFailed">The registry could not answer: the batch stopped, the cases stay pending.</param>
public sealed record PendingIdentificationRun(int Asked, int Identified, int NoHolder, bool RegistryFailed)
{
    /// <summary>Every case of a full batch left the pending set: there may be more.</summary>
    public bool MayHaveMore(int batchSize) => !RegistryFailed && Asked == batchSize;
}
