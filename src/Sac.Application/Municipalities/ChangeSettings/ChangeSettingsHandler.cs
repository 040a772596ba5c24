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
        if (await municipalities.GetAsync(command.Nis, cancellationToken) is not { } municipality)
        {
            return ApplicationErrors.NotFound("The municipality");
        }

        if (!user.BelongsTo(municipality.Nis))
        {
            return ApplicationErrors.NotYourMunicipality;
        }

        var settings = MunicipalitySettings.Create(
            command.MinorsMinimumAge, command.Caps2024AdoptedOn, command.AdultMediationOffered, command.PaymentTermDays);
        if (settings.IsFailure)
        {
            return settings;
        }

        municipality.ChangeSettings(settings.Value);
        return Result.Success();
    }
}
