using Microsoft.EntityFrameworkCore;
using Sac.Application.Tokens;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Identity;

internal sealed class ApiTokenStore(SacDbContext db) : IApiTokenStore
{
    public async Task<string?> FindOwnerAsync(Guid tokenId, CancellationToken cancellationToken) =>
        await (from token in db.ApiTokens
               join user in db.Users on token.UserId equals user.Id
               where token.Id == tokenId
               select user.UserName).SingleOrDefaultAsync(cancellationToken);

    public async Task RevokeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleAsync(t => t.Id == tokenId, cancellationToken);
        token.Revoke(now);
    }
}
