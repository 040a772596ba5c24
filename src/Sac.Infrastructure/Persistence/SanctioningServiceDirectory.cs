using Microsoft.EntityFrameworkCore;
using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Infrastructure.Persistence;

/// <summary>Derives the shared sanctioning services from who the sanctioning officials work for.</summary>
internal sealed class SanctioningServiceDirectory(SacDbContext db) : ISanctioningServiceDirectory
{
    public async Task<IReadOnlyCollection<string>> MunicipalitiesSharingServiceWithAsync(string municipalityNis, CancellationToken cancellationToken)
    {
        var officials =
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.SanctioningOfficial
            select userRole.UserId;
        var officialsOfMunicipality = db.UserMunicipalities
            .Where(m => m.MunicipalityNis == municipalityNis && officials.Contains(m.UserId))
            .Select(m => m.UserId);
        var served = await db.UserMunicipalities
            .Where(m => officialsOfMunicipality.Contains(m.UserId))
            .Select(m => m.MunicipalityNis)
            .Distinct()
            .ToListAsync(cancellationToken);
        return served.Append(municipalityNis).ToHashSet(StringComparer.Ordinal);
    }
}
