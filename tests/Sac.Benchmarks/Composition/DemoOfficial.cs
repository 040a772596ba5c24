using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Benchmarks.Composition;

/// <summary>The demo sanctioning official (official@demo.sac), for the messages this process sends as the inbox page would.</summary>
internal sealed class DemoOfficial : ICurrentUser
{
    public const string Email = "official@demo.sac";
    public const string Password = "Demo-Official-2025!";

    public string Name => Email;

    public IReadOnlySet<string> Municipalities { get; } = new HashSet<string>(["44021", "21004", "62063"], StringComparer.Ordinal);

    public bool IsInRole(string role) => role == Roles.SanctioningOfficial;
}
