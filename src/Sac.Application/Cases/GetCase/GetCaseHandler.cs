using Mediator;
using Sac.Application.Cases.Procedure;
using Sac.Application.Common.Ports;
using Sac.Application.DataProtection;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Cases.GetCase;

/// <summary>
/// Reads a case and assesses it as of today: caps, recidivism and time-bar depend on the day it is read. National register
/// numbers come masked to those who do not handle the case (<see cref="NationalNumberDisclosure"/>).
/// </summary>
internal sealed class GetCaseHandler(CaseContextLoader loader, ICaseDocumentRepository documents, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCaseQuery, Result<CaseDetails>>
{
    public async ValueTask<Result<CaseDetails>> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var loaded = await loader.LoadToReadAsync(query.Id, today, cancellationToken);
        if (loaded.IsFailure)
        {
            return Result<CaseDetails>.Failure(loaded.Errors);
        }

        return loaded.Value.ToDetails(today, await documents.ListAsync(query.Id, cancellationToken)).DisclosedTo(user);
    }
}
