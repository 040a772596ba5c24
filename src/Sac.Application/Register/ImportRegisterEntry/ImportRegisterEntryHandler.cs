using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Offenders;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;
using Sac.Domain.Register;

namespace Sac.Application.Register.ImportRegisterEntry;

internal sealed class ImportRegisterEntryHandler(
    ICurrentUser user, IMunicipalityRepository municipalities, IRegisterRepository register, TimeProvider clock)
    : ICommandHandler<ImportRegisterEntryCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(ImportRegisterEntryCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Municipality!, ApplicationErrors.UnknownMunicipality("municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return Result<Guid>.Failure(access.Errors);
        }

        var municipality = access.Value;

        // Earlier decisions may use a code the regulation has since ended: any version counts.
        if (!municipality.Infractions.Any(i => i.Code == command.InfractionCode))
        {
            return RegulationErrors.UnknownInfraction(command.InfractionCode!);
        }

        var entry = RegisterEntry.Import(
            municipality.Nis, command.InfractionCode!, command.Offender!.ToOffender(), command.DecidedAt!.Value, command.Kind!.Value,
            command.Amount, command.Hours, command.Final, clock.GetUtcNow(), user.Name);
        if (entry.IsFailure)
        {
            return Result<Guid>.Failure(entry.Errors);
        }

        register.Add(entry.Value);
        return entry.Value.Id;
    }
}
