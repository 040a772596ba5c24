using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Municipalities.ListMunicipalities;

namespace Sac.Application.Users;

/// <summary>What the administrator may hand out: the roles they may grant, the municipalities they administer (all for a system administrator).</summary>
public sealed record ListUserChoicesQuery : IQuery<UserChoices>;

public sealed record UserChoices(IReadOnlySet<string> Roles, IReadOnlyList<MunicipalityName> Municipalities);

internal sealed class ListUserChoicesHandler(ICurrentUser user, IMunicipalityRepository municipalities) : IQueryHandler<ListUserChoicesQuery, UserChoices>
{
    public async ValueTask<UserChoices> Handle(ListUserChoicesQuery query, CancellationToken cancellationToken)
    {
        var codes = user.IsInRole(Roles.SystemAdmin) ? await municipalities.ListNisCodesAsync(cancellationToken) : [.. user.Municipalities];
        var found = await municipalities.ListAsync(codes, cancellationToken);
        return new UserChoices(user.GrantableRoles(), [.. found.OrderBy(m => m.Nis, StringComparer.Ordinal).Select(m => new MunicipalityName(m.Nis, m.NameNl, m.NameFr))]);
    }
}
