using Sac.Application.Users;

namespace Sac.Application.Tests.Fakes;

internal sealed class FakeUserAccounts(params UserAccount[] accounts) : IUserAccounts
{
    public static UserAccount Account(string email, string[] municipalities, params string[] roles) =>
        new(email, email, email, roles.ToHashSet(), municipalities.ToHashSet(), IsActive: true, HasPassword: true);

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<UserAccount>>(accounts);

    public Task<UserAccount?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(accounts.FirstOrDefault(a => a.Id == id));

    public Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(accounts.FirstOrDefault(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)));

    public Task<(string Id, string Secret)> InviteAsync(
        string email, string displayName, IReadOnlySet<string> roles, IReadOnlySet<string> municipalities, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task ChangeAccessAsync(string id, IReadOnlySet<string> roles, IReadOnlySet<string> municipalities, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task SetActiveAsync(string id, bool active, CancellationToken cancellationToken) => throw new NotSupportedException();
}
