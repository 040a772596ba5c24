using Mediator;
using Sac.Application.Common.Ports;
using Sac.Application.DataProtection;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Collection;

/// <summary>
/// The fines handed over to forced collection, for the financial director's writ of execution and the bailiff:
/// who owes what, on which decision, with which payment reference.
/// </summary>
public sealed record ListForCollectionQuery(string? Municipality = null) : IQuery<Result<IReadOnlyList<CollectionLine>>>;

public sealed record CollectionLine(
    Guid CaseId,
    string CaseNumber,
    string Municipality,
    string OffenderName,
    string? NationalRegisterNumber,
    string? EnterpriseNumber,
    string? Street,
    string? HouseNumber,
    string? PostalCode,
    string? City,
    string? Country,
    DateOnly DecidedOn,
    DateOnly EnforceableOn,
    DateOnly HandedOverOn,
    decimal AmountDue,
    decimal AmountPaid,
    decimal Outstanding,
    string StructuredCommunication);

internal sealed class ListForCollectionHandler(ICurrentUser user, ICaseReadService reads)
    : IQueryHandler<ListForCollectionQuery, Result<IReadOnlyList<CollectionLine>>>
{
    public async ValueTask<Result<IReadOnlyList<CollectionLine>>> Handle(ListForCollectionQuery query, CancellationToken cancellationToken)
    {
        var municipalities = query.Municipality is { } nis ? user.Municipalities.Where(m => m == nis).ToList() : [.. user.Municipalities];
        return Result<IReadOnlyList<CollectionLine>>.Success((await reads.ListInCollectionAsync(municipalities, cancellationToken)).DisclosedTo(user));
    }
}
