using Mediator;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Devices;

/// <summary>
/// The devices of the user's municipalities (or of one of them), each with its feed alert at the current clock.
/// <paramref name="SilentOnly"/> keeps the active devices whose feed is late: the dashboard's alerts.
/// </summary>
public sealed record ListDevicesQuery(string? Municipality = null, bool SilentOnly = false) : IQuery<Result<IReadOnlyList<DeviceView>>>;

internal sealed class ListDevicesHandler(ICurrentUser user, IDeviceRepository devices, TimeProvider clock)
    : IQueryHandler<ListDevicesQuery, Result<IReadOnlyList<DeviceView>>>
{
    public async ValueTask<Result<IReadOnlyList<DeviceView>>> Handle(ListDevicesQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> municipalities = string.IsNullOrWhiteSpace(query.Municipality)
            ? user.Municipalities
            : [.. user.Municipalities.Where(m => m == query.Municipality.Trim())];
        var now = clock.GetUtcNow();
        var views = (await devices.ListAsync(municipalities, cancellationToken))
            .Where(d => !query.SilentOnly || d.IsSilent(now))
            .Select(d => DeviceView.Of(d, now));
        return Result<IReadOnlyList<DeviceView>>.Success([.. views]);
    }
}

/// <summary>One device, for the users of its municipality (404 otherwise).</summary>
public sealed record GetDeviceQuery(Guid Id) : IQuery<Result<DeviceView>>;

internal sealed class GetDeviceHandler(DeviceAccess access, TimeProvider clock) : IQueryHandler<GetDeviceQuery, Result<DeviceView>>
{
    public async ValueTask<Result<DeviceView>> Handle(GetDeviceQuery query, CancellationToken cancellationToken)
    {
        var found = await access.GetToReadAsync(query.Id, cancellationToken);
        return found.IsFailure ? Result<DeviceView>.Failure(found.Errors) : DeviceView.Of(found.Value, clock.GetUtcNow());
    }
}
