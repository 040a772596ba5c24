using Sac.Domain.Audit;

namespace Sac.Application.Audit;

/// <summary>
/// The append-only audit trail, for what happens outside a command's unit of work (signing in and out). Changes that a
/// command saves (cases, settings, regulation, reasoning blocks, API tokens) are recorded where they are saved, in the
/// same transaction, without anyone calling this port.
/// </summary>
public interface IAuditLog
{
    /// <summary>Writes the entry at once, in a transaction of its own.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);
}
