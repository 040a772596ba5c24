using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Measures;

namespace Sac.Application.Measures;

/// <summary>A letter of a college sanction or place ban, for download; 404 outside the user's municipalities.</summary>
public sealed record GetMeasureDocumentQuery(Guid Id) : IQuery<Result<MeasureDocument>>;

internal sealed class GetMeasureDocumentHandler(IMeasureDocumentRepository documents, ICurrentUser user)
    : IQueryHandler<GetMeasureDocumentQuery, Result<MeasureDocument>>
{
    public async ValueTask<Result<MeasureDocument>> Handle(GetMeasureDocumentQuery query, CancellationToken cancellationToken) =>
        await documents.GetAsync(query.Id, cancellationToken) is { } found && user.BelongsTo(found.MunicipalityNis)
            ? found
            : ApplicationErrors.NotFound("The document");
}
