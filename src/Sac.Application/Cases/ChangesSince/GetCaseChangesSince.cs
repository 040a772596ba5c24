using System.Text.Json;
using Mediator;
using Sac.Application.Audit;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Cases.ChangesSince;

/// <summary>One step someone took on a case: its timeline type (<c>NoticeSent</c>, …), when, and by whom.</summary>
public sealed record CaseChange(DateTimeOffset At, string Step, string By);

/// <summary>
/// What was done to a case after <paramref name="Version"/>, oldest first: what a user whose page showed that version did
/// not see, when their step is refused as stale. Whoever may read the case may ask; 404 otherwise.
/// </summary>
public sealed record GetCaseChangesSinceQuery(Guid CaseId, int Version) : IQuery<Result<IReadOnlyList<CaseChange>>>;

/// <summary>
/// Reads the case's audit trail, whose entry for each step records the version the step made ("after"); the timeline
/// does not know versions. Entries without a version (a change outside the procedure) made no page stale.
/// </summary>
internal sealed class GetCaseChangesSinceHandler(ICurrentUser user, IAuditReadService reads)
    : IQueryHandler<GetCaseChangesSinceQuery, Result<IReadOnlyList<CaseChange>>>
{
    public async ValueTask<Result<IReadOnlyList<CaseChange>>> Handle(GetCaseChangesSinceQuery query, CancellationToken cancellationToken)
    {
        var trail = await reads.ListForCaseIfReadableAsync(query.CaseId, user, cancellationToken);
        return trail.IsFailure
            ? Result<IReadOnlyList<CaseChange>>.Failure(trail.Errors)
            : Result<IReadOnlyList<CaseChange>>.Success(
                [.. trail.Value.Where(l => VersionMadeBy(l) > query.Version).Select(l => new CaseChange(l.At, l.Action, l.UserName))]);
    }

    private static int? VersionMadeBy(AuditLine line)
    {
        if (line.After is null)
        {
            return null;
        }

        try
        {
            using var after = JsonDocument.Parse(line.After);
            return after.RootElement.TryGetProperty("version", out var version) && version.TryGetInt32(out var made) ? made : null;
        }
        catch (JsonException)
        {
            // Only a long change is cut at the entry's maximum length; a step's is a status and a version.
            return null;
        }
    }
}
