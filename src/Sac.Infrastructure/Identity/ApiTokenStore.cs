using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sac.Application.Tokens;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Identity;

internal sealed class ApiTokenStore(SacDbContext db) : IApiTokenStore
{
    public async Task<IReadOnlyList<ApiTokenLine>> ListAsync(string? owner, CancellationToken cancellationToken)
    {
        // Identity's default normaliser: the user name upper-cased invariantly, which its unique index is on.
        var normalizedOwner = owner?.ToUpperInvariant();
        return await (from token in db.ApiTokens
                      join user in db.Users on token.UserId equals user.Id
                      where normalizedOwner == null || user.NormalizedUserName == normalizedOwner
                      orderby user.NormalizedUserName, token.CreatedAt descending
                      select new ApiTokenLine(token.Id, user.UserName!, token.Name, token.CreatedAt, token.RevokedAt)).ToListAsync(cancellationToken);
    }

    public async Task<string?> FindOwnerAsync(Guid tokenId, CancellationToken cancellationToken) =>
        await (from token in db.ApiTokens
               join user in db.Users on token.UserId equals user.Id
               where token.Id == tokenId
               select user.UserName).SingleOrDefaultAsync(cancellationToken);

    public Task<IssuedApiToken> IssueAsync(string userId, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // 256 random bits: the hash alone is kept, so the token must be too long to guess from it.
        var token = "sac_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var issued = ApiToken.Issue(userId, name, token, now);
        db.ApiTokens.Add(issued);
        return Task.FromResult(new IssuedApiToken(issued.Id, token));
    }

    public async Task RevokeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleAsync(t => t.Id == tokenId, cancellationToken);
        token.Revoke(now);
    }
}
