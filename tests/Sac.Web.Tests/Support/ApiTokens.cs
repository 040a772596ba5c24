using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Infrastructure.Identity;
using Sac.Infrastructure.Persistence;
using Sac.Testing;

namespace Sac.Web.Tests.Support;

/// <summary>API tokens handed to a user's device, as issuing them will (the demo seeder gives each user one).</summary>
internal static class ApiTokens
{
    /// <returns>The token's id and the token itself, which only its holder knows from then on.</returns>
    public static async Task<(Guid Id, string Token)> IssueTokenAsync(this SacAppFactory factory, string userName, string name = "device")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var token = $"device-{Guid.NewGuid():N}";
        var issued = ApiToken.Issue(user.Id, name, token, factory.Now);
        db.ApiTokens.Add(issued);
        await db.SaveChangesAsync();
        return (issued.Id, token);
    }
}
