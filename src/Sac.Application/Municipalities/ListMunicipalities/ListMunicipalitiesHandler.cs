using Mediator;
using Sac.Application.Common.Ports;

namespace Sac.Application.Municipalities.ListMunicipalities;

internal sealed class ListMunicipalitiesHandler(ICurrentUser user, IMunicipalityRepository municipalities)
    : IQueryHandler<ListMunicipalitiesQuery, IReadOnlyList<MunicipalityName>>
{
    public async ValueTask<IReadOnlyList<MunicipalityName>> Handle(ListMunicipalitiesQuery query, CancellationToken cancellationToken)
    {
        var found = await municipalities.ListAsync([.. user.Municipalities], cancellationToken);
        return [.. found.OrderBy(m => m.Nis, StringComparer.Ordinal).Select(m => new MunicipalityName(m.Nis, m.NameNl, m.NameFr))];
    }
}
