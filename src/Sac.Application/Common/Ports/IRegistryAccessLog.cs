using Sac.Domain.Audit;

namespace Sac.Application.Common.Ports;

/// <summary>
/// The append-only log of registry consultations. A line is written at once, in its own transaction, and not cancelled
/// with the request: a consultation that happened (or was refused) is always logged.
/// </summary>
public interface IRegistryAccessLog
{
    Task AppendAsync(RegistryAccess access);
}
