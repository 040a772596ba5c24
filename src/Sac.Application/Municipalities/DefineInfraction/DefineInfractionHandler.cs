using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Municipalities.DefineInfraction;

internal sealed class DefineInfractionHandler(ICurrentUser user, IMunicipalityRepository municipalities)
    : ICommandHandler<DefineInfractionCommand, Result>
{
    public async ValueTask<Result> Handle(DefineInfractionCommand command, CancellationToken cancellationToken)
    {
        if (await municipalities.GetAsync(command.Nis, cancellationToken) is not { } municipality)
        {
            return ApplicationErrors.NotFound("The municipality");
        }

        if (!user.BelongsTo(municipality.Nis))
        {
            return ApplicationErrors.NotYourMunicipality;
        }

        var defined = municipality.DefineInfraction(new InfractionDefinition(
            command.Code,
            command.Category!.Value,
            command.Article!,
            command.TextNl!,
            command.TextFr!,
            command.MinimumAmount,
            command.MaximumAmount,
            command.DefaultAmount,
            command.MinorsAllowed,
            command.ValidFrom!.Value,
            command.RecidivismMaximumAmount));
        return defined.IsSuccess ? Result.Success() : Result.Failure(defined.Errors);
    }
}
