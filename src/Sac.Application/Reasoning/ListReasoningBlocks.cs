using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Reasoning;

/// <summary>The municipality's blocks of reasons; 404 outside the user's municipalities.</summary>
public sealed record ListReasoningBlocksQuery(string Municipality, bool IncludeRetired = false) : IQuery<Result<IReadOnlyList<ReasoningBlockDetails>>>;

internal sealed class ListReasoningBlocksHandler(IReasoningBlockRepository blocks, ICurrentUser user)
    : IQueryHandler<ListReasoningBlocksQuery, Result<IReadOnlyList<ReasoningBlockDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<ReasoningBlockDetails>>> Handle(ListReasoningBlocksQuery query, CancellationToken cancellationToken)
    {
        if (!user.BelongsTo(query.Municipality))
        {
            return ApplicationErrors.NotFound("The municipality");
        }

        var found = await blocks.ListAsync(query.Municipality, query.IncludeRetired, cancellationToken);
        return Result<IReadOnlyList<ReasoningBlockDetails>>.Success([.. found.Select(ReasoningBlockDetails.From)]);
    }
}
