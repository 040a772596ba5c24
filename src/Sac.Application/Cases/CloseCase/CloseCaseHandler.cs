using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Cases.CloseCase;

internal sealed class CloseCaseHandler(ICurrentUser user, ICaseRepository cases, TimeProvider clock)
    : ICommandHandler<CloseCaseCommand, Result>
{
    public static readonly Error StaleVersion = new(
        "STALE_VERSION", "Someone changed this case since you opened it.", ErrorKind.Conflict);

    public async ValueTask<Result> Handle(CloseCaseCommand command, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(command.CaseId, cancellationToken) is not { } found)
        {
            return ApplicationErrors.NotFound("The case");
        }

        if (!user.BelongsTo(found.MunicipalityNis))
        {
            return ApplicationErrors.NotYourMunicipality;
        }

        if (command.ExpectedVersion is { } expected && expected != found.Version)
        {
            return StaleVersion;
        }

        return found.Close(command.Reason!.Value, command.Note, clock.GetUtcNow(), user.Name);
    }
}
