using System.Security.Claims;
using Sac.Application.Common.Ports;
using Sac.Infrastructure.Identity;

namespace Sac.Web.Hosting;

/// <summary>The user of the current request, as the cookie or the bearer token authenticated them.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string Name => Principal.FindFirstValue(ClaimTypes.Email) ?? Principal.Identity?.Name ?? "anonymous";

    public IReadOnlySet<string> Municipalities => Principal.FindAll(SacClaimTypes.Municipality).Select(c => c.Value).ToHashSet();

    public bool IsInRole(string role) => Principal.IsInRole(role);
}
