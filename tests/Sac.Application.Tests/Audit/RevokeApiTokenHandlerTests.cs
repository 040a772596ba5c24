using Sac.Application.Common;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Application.Tokens;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Audit;

/// <summary>
/// A token is listed and revoked by its owner, by a municipal administrator of all its owner's municipalities (unless the
/// owner is a system administrator), or by a system administrator; nobody else.
/// </summary>
public sealed class RevokeApiTokenHandlerTests
{
    private static readonly Guid TokenId = Guid.NewGuid();
    private static readonly TimeProvider Clock = TestClock.At("2025-03-10T10:00:00+01:00");

    private static readonly FakeUserAccounts Accounts = new(
        FakeUserAccounts.Account("finder@demo.sac", ["44021", "21004"], Roles.Finder),
        FakeUserAccounts.Account("gent@demo.sac", ["44021"], Roles.Finder),
        FakeUserAccounts.Account("outsider@demo.sac", ["11002"], Roles.Finder),
        FakeUserAccounts.Account("admin@demo.sac", ["44021"], Roles.SystemAdmin, Roles.Finder));

    private static readonly FakeCurrentUser GentAndBrusselAdmin = new("chief@demo.sac", ["44021", "21004"], Roles.MunicipalAdmin);

    [Theory]
    [InlineData("finder@demo.sac", true)]
    [InlineData("gent@demo.sac", true)]
    [InlineData("outsider@demo.sac", false)]
    [InlineData("admin@demo.sac", false)]
    public async Task MunicipalAdmin_RevokesOnlyTheTokensOfUsersOfTheirMunicipalities(string owner, bool allowed)
    {
        var tokens = new FakeTokens(owner);

        var revoked = await Handler(tokens, GentAndBrusselAdmin).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.Equal(allowed, revoked.IsSuccess);
        Assert.Equal(allowed, tokens.RevokedAt is not null);
    }

    [Fact]
    public async Task MunicipalAdmin_DoesNotRevokeTheTokenOfAUserWithAnotherMunicipalityToo()
    {
        var tokens = new FakeTokens("finder@demo.sac");
        var gentAdmin = new FakeCurrentUser("chief@demo.sac", ["44021"], Roles.MunicipalAdmin);

        var revoked = await Handler(tokens, gentAdmin).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, revoked.FirstError.Kind);
        Assert.Null(tokens.RevokedAt);
    }

    [Fact]
    public async Task MunicipalAdmin_ListsTheTokensTheyMayRevoke()
    {
        var tokens = new FakeTokens("finder@demo.sac");

        await new ListApiTokensHandler(tokens, Accounts, GentAndBrusselAdmin).Handle(new ListApiTokensQuery(), CancellationToken.None);

        Assert.True(tokens.Listed);
        Assert.Null(tokens.ListedFor);
    }

    private static RevokeApiTokenHandler Handler(FakeTokens tokens, FakeCurrentUser user) => new(tokens, Accounts, user, Clock);

    [Fact]
    public async Task Owner_RevokesTheirToken()
    {
        var tokens = new FakeTokens("finder@demo.sac");

        var revoked = await Handler(tokens, FakeCurrentUser.Finder()).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.True(revoked.IsSuccess);
        Assert.Equal(Clock.GetUtcNow(), tokens.RevokedAt);
    }

    [Fact]
    public async Task SystemAdmin_RevokesAnyonesToken()
    {
        var tokens = new FakeTokens("finder@demo.sac");
        var systemAdmin = new FakeCurrentUser("admin@demo.sac", ["44021"], Roles.SystemAdmin);

        var revoked = await Handler(tokens, systemAdmin).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.True(revoked.IsSuccess);
    }

    [Fact]
    public async Task SomeoneElse_IsForbidden_AndNothingIsRevoked()
    {
        var tokens = new FakeTokens("finder@demo.sac");

        var revoked = await Handler(tokens, FakeCurrentUser.Official()).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, revoked.FirstError.Kind);
        Assert.Null(tokens.RevokedAt);
    }

    [Fact]
    public async Task UnknownToken_IsNotFound()
    {
        var revoked = await Handler(new FakeTokens(null), FakeCurrentUser.Finder()).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, revoked.FirstError.Kind);
    }

    [Fact]
    public async Task AUser_ListsTheirOwnTokens()
    {
        var tokens = new FakeTokens("finder@demo.sac");

        await new ListApiTokensHandler(tokens, Accounts, FakeCurrentUser.Finder()).Handle(new ListApiTokensQuery(), CancellationToken.None);

        Assert.Equal("finder@demo.sac", tokens.ListedFor);
    }

    [Fact]
    public async Task SystemAdmin_ListsEveryonesTokens()
    {
        var tokens = new FakeTokens("finder@demo.sac");
        var systemAdmin = new FakeCurrentUser("admin@demo.sac", ["44021"], Roles.SystemAdmin);

        await new ListApiTokensHandler(tokens, Accounts, systemAdmin).Handle(new ListApiTokensQuery(), CancellationToken.None);

        Assert.True(tokens.Listed);
        Assert.Null(tokens.ListedFor);
    }

    private sealed class FakeTokens(string? tokenOwner) : IApiTokenStore
    {
        public DateTimeOffset? RevokedAt { get; private set; }

        public bool Listed { get; private set; }

        /// <summary>The owner whose tokens were asked for; null for everyone's.</summary>
        public string? ListedFor { get; private set; }

        public Task<IReadOnlyList<ApiTokenLine>> ListAsync(string? owner, CancellationToken cancellationToken)
        {
            (Listed, ListedFor) = (true, owner);
            return Task.FromResult<IReadOnlyList<ApiTokenLine>>([]);
        }

        public Task<string?> FindOwnerAsync(Guid tokenId, CancellationToken cancellationToken) => Task.FromResult(tokenId == TokenId ? tokenOwner : null);

        public Task<IssuedApiToken> IssueAsync(string userId, string name, DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task RevokeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            RevokedAt ??= now;
            return Task.CompletedTask;
        }
    }
}
