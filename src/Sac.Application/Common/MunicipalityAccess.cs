using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Common;

/// <summary>The one check before acting on a municipality: it exists, and the user works for it (403 otherwise).</summary>
internal static class MunicipalityAccess
{
    public static async Task<Result<Municipality>> GetToActOnAsync(
        this IMunicipalityRepository municipalities, ICurrentUser user, string nis, Error whenUnknown, CancellationToken cancellationToken)
    {
        if (await municipalities.GetAsync(nis, cancellationToken) is not { } municipality)
        {
            return whenUnknown;
        }

        return user.BelongsTo(municipality.Nis) ? municipality : ApplicationErrors.NotYourMunicipality;
    }
}
