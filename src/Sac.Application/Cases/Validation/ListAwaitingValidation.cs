using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Validation;

/// <summary>The official's validation queue: device findings of their municipalities (or one of them) not yet validated, oldest first.</summary>
public sealed record ListAwaitingValidationQuery(string? Municipality = null, int Page = 1, int PageSize = 50)
    : IQuery<Result<PagedList<AwaitingValidation>>>;

/// <param name="Photos">The ids of the finding's evidence photos, to show them beside it.</param>
public sealed record AwaitingValidation(
    Guid CaseId,
    string Number,
    string Municipality,
    string InfractionCode,
    DateTimeOffset FactsAt,
    string DeviceIdentifier,
    string? Plate,
    string? PlateCountry,
    string? Street,
    int Version,
    IReadOnlyList<Guid> Photos);

internal sealed class ListAwaitingValidationHandler(ICurrentUser user, IValidationQueue queue)
    : IQueryHandler<ListAwaitingValidationQuery, Result<PagedList<AwaitingValidation>>>
{
    public const int MaximumPageSize = 200;

    public async ValueTask<Result<PagedList<AwaitingValidation>>> Handle(ListAwaitingValidationQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> municipalities = string.IsNullOrWhiteSpace(query.Municipality)
            ? user.Municipalities
            : [.. user.Municipalities.Where(m => m == query.Municipality.Trim())];
        return await queue.ListAsync(municipalities, Math.Max(1, query.Page), Math.Clamp(query.PageSize, 1, MaximumPageSize), cancellationToken);
    }
}
