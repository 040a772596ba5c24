using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Municipalities.ChangeSettings;

internal sealed class ChangeSettingsHandler(ICurrentUser user, IMunicipalityRepository municipalities)
    : ICommandHandler<ChangeSettingsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeSettingsCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Nis, ApplicationErrors.NotFound("The municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return access;
        }

        var settings = MunicipalitySettings.Create(
            command.MinorsMinimumAge, command.Caps2024AdoptedOn, command.AdultMediationOffered!.Value, command.PaymentTermDays!.Value,
            command.RetentionYears ?? access.Value.Settings.RetentionYears);
        if (settings.IsFailure)
        {
            return settings;
        }

        access.Value.ChangeSettings(settings.Value);
        return Result.Success();
    }
}
