namespace Sac.Infrastructure.Identity;

/// <summary>A bearer token of the JSON API, owned by a user; only its hash is kept.</summary>
public sealed class ApiToken
{
    private ApiToken()
    {
        UserId = Name = TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    /// <summary>What the token is for, e.g. the device it was given to.</summary>
    public string Name { get; private set; }

    /// <summary><see cref="ApiTokenHash.Of"/> of the token.</summary>
    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Records a token handed to a user; the plain token is hashed here and never stored.</summary>
    public static ApiToken Issue(string userId, string name, string token, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        Name = name,
        TokenHash = ApiTokenHash.Of(token),
        CreatedAt = now,
    };

    /// <summary>Stops the token from authenticating; the row stays as a trace of who had access when.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
