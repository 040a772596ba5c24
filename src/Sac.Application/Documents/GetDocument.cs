using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Documents;

/// <summary>One document with its content, for download; 404 outside the user's municipalities, and once retention erased the content.</summary>
public sealed record GetDocumentQuery(Guid Id) : IQuery<Result<CaseDocument>>;

/// <summary>The letters waiting to be printed and posted in the user's municipalities.</summary>
public sealed record GetPostTrayQuery : IQuery<Result<IReadOnlyList<DocumentSummary>>>;

internal sealed class GetDocumentHandler(ICaseDocumentRepository documents, ICurrentUser user) : IQueryHandler<GetDocumentQuery, Result<CaseDocument>>
{
    public async ValueTask<Result<CaseDocument>> Handle(GetDocumentQuery query, CancellationToken cancellationToken) =>
        await documents.GetAsync(query.Id, cancellationToken) is { ContentErasedOn: null } found && user.BelongsTo(found.MunicipalityNis)
            ? found
            : ApplicationErrors.NotFound("The document");
}

internal sealed class GetPostTrayHandler(ICaseDocumentRepository documents, ICurrentUser user) : IQueryHandler<GetPostTrayQuery, Result<IReadOnlyList<DocumentSummary>>>
{
    public async ValueTask<Result<IReadOnlyList<DocumentSummary>>> Handle(GetPostTrayQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<DocumentSummary>>.Success(await documents.ListPostTrayAsync(user.Municipalities, cancellationToken));
}
