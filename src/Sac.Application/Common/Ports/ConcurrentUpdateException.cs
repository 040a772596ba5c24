namespace Sac.Application.Common.Ports;

/// <summary>
/// The database refused a save because another request changed or inserted the same thing first
/// (a stale row version, a case number or an externalId taken meanwhile). Retrying the whole
/// command on fresh data resolves it; when retries run out it is a conflict for the caller.
/// </summary>
public sealed class ConcurrentUpdateException : Exception
{
    public ConcurrentUpdateException()
    {
    }

    public ConcurrentUpdateException(string message)
        : base(message)
    {
    }

    public ConcurrentUpdateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
