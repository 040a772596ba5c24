using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Devices;
using Sac.Domain.Municipalities;

namespace Sac.Application.Devices;

/// <summary>A municipal administrator registers an automatic device of their municipality; answers its id. Audited.</summary>
public sealed record RegisterDeviceCommand(
    string? Municipality,
    string? Identifier,
    DeviceType? Type,
    string? Location,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<InfractionCategory>? Categories,
    int? FeedIntervalMinutes,
    bool? Active = null) : ICommand<Result<Guid>>, IDeviceFields;

internal sealed class RegisterDeviceValidator : AbstractValidator<RegisterDeviceCommand>
{
    public RegisterDeviceValidator()
    {
        RuleFor(c => c.Municipality).NotEmpty().Matches("^[0-9]{5}$").WithErrorCode("NIS_FORMAT");
        RuleFor(c => c.Identifier).NotEmpty().MaximumLength(DeviceLimits.IdentifierLength).Matches("^[A-Za-z0-9._-]+$").WithErrorCode("DEVICE_IDENTIFIER_FORMAT");
        Include(new DeviceFieldsValidator());
    }
}

internal sealed class RegisterDeviceHandler(ICurrentUser user, IMunicipalityRepository municipalities, IDeviceRepository devices, TimeProvider clock)
    : ICommandHandler<RegisterDeviceCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RegisterDeviceCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Municipality!, ApplicationErrors.UnknownMunicipality("municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return Result<Guid>.Failure(access.Errors);
        }

        if (await devices.FindAsync(access.Value.Nis, command.Identifier!.Trim(), cancellationToken) is not null)
        {
            return DeviceErrors.IdentifierTaken;
        }

        var registered = Device.Register(access.Value.Nis, command.Identifier, command.ToDetails(), clock.GetUtcNow());
        if (registered.IsFailure)
        {
            return Result<Guid>.Failure(registered.Errors);
        }

        devices.Add(registered.Value);
        return registered.Value.Id;
    }
}

public static class DeviceLimits
{
    public const int IdentifierLength = 50;
}
