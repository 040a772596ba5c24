using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Devices;
using Sac.Domain.Municipalities;

namespace Sac.Application.Devices;

/// <summary>A municipal administrator changes a device's details, or retires it (<c>Active = false</c>). Audited.</summary>
public sealed record ChangeDeviceCommand(
    Guid Id,
    DeviceType? Type,
    string? Location,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<InfractionCategory>? Categories,
    int? FeedIntervalMinutes,
    bool? Active,
    int? ExpectedVersion) : ICommand<Result>, IDeviceFields;

internal sealed class ChangeDeviceValidator : AbstractValidator<ChangeDeviceCommand>
{
    public ChangeDeviceValidator() => Include(new DeviceFieldsValidator());
}

internal sealed class ChangeDeviceHandler(DeviceAccess access) : ICommandHandler<ChangeDeviceCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeDeviceCommand command, CancellationToken cancellationToken)
    {
        var found = await access.GetToActOnAsync(command.Id, command.ExpectedVersion, cancellationToken);
        return found.IsFailure ? found : found.Value.Change(command.ToDetails());
    }
}

/// <summary>A certification added to a device; it may not overlap the device's others. Audited.</summary>
public sealed record CertifyDeviceCommand(Guid Id, string? Reference, DateOnly? ValidFrom, DateOnly? ValidUntil, int? ExpectedVersion) : ICommand<Result>;

internal sealed class CertifyDeviceValidator : AbstractValidator<CertifyDeviceCommand>
{
    public CertifyDeviceValidator()
    {
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(100).WithoutControlCharacters();
        RuleFor(c => c.ValidFrom).NotNull();
        RuleFor(c => c.ValidUntil).NotNull();
    }
}

internal sealed class CertifyDeviceHandler(DeviceAccess access) : ICommandHandler<CertifyDeviceCommand, Result>
{
    public async ValueTask<Result> Handle(CertifyDeviceCommand command, CancellationToken cancellationToken)
    {
        var found = await access.GetToActOnAsync(command.Id, command.ExpectedVersion, cancellationToken);
        return found.IsFailure ? found : found.Value.Certify(new DeviceCertification(command.Reference!, command.ValidFrom!.Value, command.ValidUntil!.Value));
    }
}
