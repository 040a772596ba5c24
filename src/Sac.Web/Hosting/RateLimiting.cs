using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Sac.Web.Hosting;

/// <summary>
/// Limits per node, answered with 429: sign-in attempts per client address (password guessing; Identity's lockout guards
/// each account too), and API requests per bearer token (a runaway device or script). <c>RateLimits:SignInPerMinute</c>
/// and <c>RateLimits:ApiPerTokenPerMinute</c> set them.
/// </summary>
internal static class RateLimiting
{
    public const string SignIn = "sign-in";
    public const string Api = "api";

    public static IServiceCollection AddSacRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var apiPerMinute = configuration.GetValue("RateLimits:ApiPerTokenPerMinute", 6000);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1) }));

            // A token bucket refilled every second: a device may send a burst of a minute's worth, then its steady rate.
            options.AddPolicy(Api, context => RateLimitPartition.GetTokenBucketLimiter(
                TokenKey(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = apiPerMinute,
                    TokensPerPeriod = Math.Max(1, apiPerMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                }));
        });
    }

    /// <summary>The token's digest, never the token itself, keys its bucket; requests without one share the client address's.</summary>
    private static string TokenKey(HttpContext context) =>
        context.Request.Headers[HeaderNames.Authorization].ToString() is { Length: > 0 } authorization
            ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)))
            : string.Create(CultureInfo.InvariantCulture, $"address:{context.Connection.RemoteIpAddress}");
}
