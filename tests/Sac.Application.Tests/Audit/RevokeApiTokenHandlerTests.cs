using Sac.Application.Common;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Application.Tokens;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Audit;

/// <summary>A token is revoked by its owner or by a system administrator, nobody else.</summary>
public sealed class RevokeApiTokenHandlerTests
{
    private static readonly Guid TokenId = Guid.NewGuid();
    private static readonly TimeProvider Clock = TestClock.At("2025-03-10T10:00:00+01:00");

    [Fact]
    public async Task Owner_RevokesTheirToken()
    {
        var tokens = new FakeTokens("finder@demo.sac");

        var revoked = await new RevokeApiTokenHandler(tokens, FakeCurrentUser.Finder(), Clock).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.True(revoked.IsSuccess);
        Assert.Equal(Clock.GetUtcNow(), tokens.RevokedAt);
    }

    [Fact]
    public async Task SystemAdmin_RevokesAnyonesToken()
    {
        var tokens = new FakeTokens("finder@demo.sac");
        var systemAdmin = new FakeCurrentUser("admin@demo.sac", ["44021"], Roles.SystemAdmin);

        var revoked = await new RevokeApiTokenHandler(tokens, systemAdmin, Clock).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.True(revoked.IsSuccess);
    }

    [Fact]
    public async Task SomeoneElse_IsForbidden_AndNothingIsRevoked()
    {
        var tokens = new FakeTokens("finder@demo.sac");

        var revoked = await new RevokeApiTokenHandler(tokens, FakeCurrentUser.Official(), Clock).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, revoked.FirstError.Kind);
        Assert.Null(tokens.RevokedAt);
    }

    [Fact]
    public async Task UnknownToken_IsNotFound()
    {
        var revoked = await new RevokeApiTokenHandler(new FakeTokens(null), FakeCurrentUser.Finder(), Clock).Handle(new RevokeApiTokenCommand(TokenId), CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, revoked.FirstError.Kind);
    }

    private sealed class FakeTokens(string? owner) : IApiTokenStore
    {
        public DateTimeOffset? RevokedAt { get; private set; }

        public Task<string?> FindOwnerAsync(Guid tokenId, CancellationToken cancellationToken) => Task.FromResult(tokenId == TokenId ? owner : null);

        public Task RevokeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            RevokedAt ??= now;
            return Task.CompletedTask;
        }
    }
}
