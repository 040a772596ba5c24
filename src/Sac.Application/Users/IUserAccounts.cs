namespace Sac.Application.Users;

/// <summary>A user as administrators see and change them; the e-mail address is the user name.</summary>
/// <param name="IsActive">False once deactivated: the user cannot sign in and their API tokens do not authenticate.</param>
/// <param name="HasPassword">False while an invitation is not yet accepted.</param>
public sealed record UserAccount(
    string Id, string Email, string DisplayName, IReadOnlySet<string> Roles, IReadOnlySet<string> Municipalities, bool IsActive, bool HasPassword)
{
    public bool IsIn(string role) => Roles.Contains(role);
}

/// <summary>The people who use Sac, as far as inviting, changing and deactivating them go (Identity behind it).</summary>
public interface IUserAccounts
{
    /// <summary>Everyone, by e-mail address.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    Task<UserAccount?> FindAsync(string id, CancellationToken cancellationToken);

    Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a user without a password in the unit of work and returns the one-time secret with which they choose one
    /// (valid for a limited time, spent once a password is set); the secret itself is not stored.
    /// </summary>
    Task<(string Id, string Secret)> InviteAsync(
        string email, string displayName, IReadOnlySet<string> roles, IReadOnlySet<string> municipalities, CancellationToken cancellationToken);

    /// <summary>Gives the user exactly these roles and municipalities, in the unit of work.</summary>
    Task ChangeAccessAsync(string id, IReadOnlySet<string> roles, IReadOnlySet<string> municipalities, CancellationToken cancellationToken);

    /// <summary>Deactivates or reactivates the user in the unit of work.</summary>
    Task SetActiveAsync(string id, bool active, CancellationToken cancellationToken);
}
