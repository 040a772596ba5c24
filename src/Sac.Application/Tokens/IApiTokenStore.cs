namespace Sac.Application.Tokens;

/// <summary>The API tokens of users, as far as listing and revoking them go (issuing them is the demo seeder's today).</summary>
public interface IApiTokenStore
{
    /// <summary>The tokens of one user (by user name), or of everyone when <paramref name="owner"/> is null; by owner, newest first.</summary>
    Task<IReadOnlyList<ApiTokenLine>> ListAsync(string? owner, CancellationToken cancellationToken);

    /// <summary>The user name of the token's owner; null for an unknown token.</summary>
    Task<string?> FindOwnerAsync(Guid tokenId, CancellationToken cancellationToken);

    /// <summary>Marks the token revoked in the unit of work (a revoked token stays revoked, with its first date).</summary>
    Task RevokeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken);
}
