using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sac.Infrastructure.Identity;
using Sac.Testing;

namespace Sac.Web.Tests.Api;

/// <summary>A token's holder is read in one query: the claims must be those a signed-in browser user gets from Identity.</summary>
public sealed class ApiTokenPrincipalTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData(DemoTokens.Admin, "admin@demo.sac")]
    [InlineData(DemoTokens.Finder, "finder@demo.sac")]
    [InlineData(DemoTokens.Outsider, "outsider@demo.sac")]
    public async Task A_tokens_claims_are_the_holders_sign_in_claims(string token, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SacUser>>();
        var signedIn = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<SacUser>>()
            .CreateAsync((await users.FindByEmailAsync(email))!);

        var authenticated = await scope.ServiceProvider.GetRequiredService<IApiTokenAuthenticator>().AuthenticateAsync(token, "Bearer", CancellationToken.None);

        Assert.NotNull(authenticated);
        Assert.Equal(Claims(signedIn), Claims(authenticated));
        Assert.Equal(signedIn.Identity!.Name, authenticated.Identity!.Name);
        Assert.Equal("Bearer", authenticated.Identity.AuthenticationType);
    }

    [Fact]
    public async Task An_unknown_token_has_no_holder()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.Null(await scope.ServiceProvider.GetRequiredService<IApiTokenAuthenticator>().AuthenticateAsync("nobody-was-given-this", "Bearer", CancellationToken.None));
    }

    private static string[] Claims(System.Security.Claims.ClaimsPrincipal principal) =>
        [.. principal.Claims.Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal)];
}
