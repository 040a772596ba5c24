namespace Sac.Application.Tokens;

/// <summary>The API tokens of users: issuing, listing and revoking them.</summary>
public interface IApiTokenStore
{
    /// <summary>The tokens of one user (by user name), or of everyone when <paramref name="owner"/> is null; by owner, newest first.</summary>
    Task<IReadOnlyList<ApiTokenLine>> ListAsync(string? owner, CancellationToken cancellationToken);

    /// <summary>The user name of the token's owner; null for an unknown token.</summary>
    Task<string?> FindOwnerAsync(Guid tokenId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a new random token for the user in the unit of work and returns it: the only time it is known, since
    /// only its hash is kept.
    /// </summary>
    Task<IssuedApiToken> IssueAsync(string userId, string name, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the token revoked in the unit of work (a revoked token stays revoked, with its first date).</summary>
    Task RevokeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken);
}
