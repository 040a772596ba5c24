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
        var access = await municipalities.GetToActOnAsync(user, command.Nis, ApplicationErrors.NotFound("The municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return access;
        }

        var defined = access.Value.DefineInfraction(command.ToDefinition());
        return defined.IsSuccess ? Result.Success() : Result.Failure(defined.Errors);
    }
}

internal static class DefineInfractionCommandMapping
{
    /// <summary>The council's decision the command carries; its validator has made sure every required value is there.</summary>
    public static InfractionDefinition ToDefinition(this DefineInfractionCommand command) => new(
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
        command.RecidivismMaximumAmount,
        command.ProsecutionWaivedByProtocol);
}
