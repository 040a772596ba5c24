namespace Sac.Application.Common.Ports;

/// <summary>Which municipalities share a sanctioning official with a municipality: the register searched for recidivism.</summary>
public interface ISanctioningServiceDirectory
{
    /// <summary>The municipality itself and every municipality served by one of its sanctioning officials.</summary>
    Task<IReadOnlyCollection<string>> MunicipalitiesSharingServiceWithAsync(string municipalityNis, CancellationToken cancellationToken);
}
