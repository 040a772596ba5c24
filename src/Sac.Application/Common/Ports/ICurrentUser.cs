namespace Sac.Application.Common.Ports;

/// <summary>The signed-in user (browser cookie or API token) a message is handled for.</summary>
public interface ICurrentUser
{
    string Name { get; }

    IReadOnlySet<string> Municipalities { get; }

    bool IsInRole(string role);

    bool BelongsTo(string municipalityNis) => Municipalities.Contains(municipalityNis);
}
