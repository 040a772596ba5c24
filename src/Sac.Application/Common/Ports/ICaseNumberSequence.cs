namespace Sac.Application.Common.Ports;

public interface ICaseNumberSequence
{
    /// <summary>The next case number of a municipality for a year, e.g. 44021-2025-000042.</summary>
    Task<string> NextAsync(string municipalityNis, int year, CancellationToken cancellationToken);
}
