using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Municipalities.GetMunicipality;

internal sealed class GetMunicipalityHandler(ICurrentUser user, IMunicipalityRepository municipalities, TimeProvider clock)
    : IQueryHandler<GetMunicipalityQuery, Result<MunicipalityDetails>>
{
    public async ValueTask<Result<MunicipalityDetails>> Handle(GetMunicipalityQuery query, CancellationToken cancellationToken)
    {
        if (!user.BelongsTo(query.Nis) || await municipalities.GetAsync(query.Nis, cancellationToken) is not { } municipality)
        {
            return ApplicationErrors.NotFound("The municipality");
        }

        return municipality.ToDetails(query.On ?? BelgianTime.DateOf(clock.GetUtcNow()));
    }
}
