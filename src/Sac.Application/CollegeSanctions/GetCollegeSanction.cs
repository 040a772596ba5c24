using Mediator;
using Sac.Application.Common.Ports;
using Sac.Application.Measures;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.CollegeSanctions;

/// <summary>One college sanction with its letters; 404 outside the user's municipalities.</summary>
public sealed record GetCollegeSanctionQuery(Guid Id) : IQuery<Result<CollegeSanctionDetails>>;

/// <summary>The register of a municipality, newest first; <see cref="EndingSoon"/> keeps the active ones whose last day is near.</summary>
public sealed record ListCollegeSanctionsQuery(string Municipality, bool EndingSoon = false) : IQuery<Result<IReadOnlyList<CollegeSanctionDetails>>>;

internal sealed class GetCollegeSanctionHandler(ICollegeSanctionRepository sanctions, IMeasureDocumentRepository documents, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCollegeSanctionQuery, Result<CollegeSanctionDetails>>
{
    public async ValueTask<Result<CollegeSanctionDetails>> Handle(GetCollegeSanctionQuery query, CancellationToken cancellationToken)
    {
        var found = await sanctions.GetAsync(query.Id, cancellationToken);
        var access = user.ToRead(found, found?.MunicipalityNis ?? string.Empty, "The college sanction");
        return access.IsFailure
            ? Result<CollegeSanctionDetails>.Failure(access.Errors)
            : CollegeSanctionDetails.Of(access.Value, BelgianTime.DateOf(clock.GetUtcNow()), await documents.ListAsync(query.Id, cancellationToken));
    }
}

internal sealed class ListCollegeSanctionsHandler(ICollegeSanctionRepository sanctions, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListCollegeSanctionsQuery, Result<IReadOnlyList<CollegeSanctionDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<CollegeSanctionDetails>>> Handle(ListCollegeSanctionsQuery query, CancellationToken cancellationToken)
    {
        if (!user.BelongsTo(query.Municipality))
        {
            return Common.ApplicationErrors.NotYourMunicipality;
        }

        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var all = (await sanctions.ListAsync(query.Municipality, cancellationToken)).Select(s => CollegeSanctionDetails.Of(s, today, []));
        return Result<IReadOnlyList<CollegeSanctionDetails>>.Success([.. all.Where(s => !query.EndingSoon || s.EndsSoon)]);
    }
}
