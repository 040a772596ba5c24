using Sac.Domain.LegalRegimes;

namespace Sac.Domain.Assessment;

/// <summary>An oral hearing may be requested when the intended fine is above the threshold; minors may always be heard.</summary>
public static class OralHearing
{
    public static bool MayBeRequested(decimal intendedFine, bool isMinor, LegalRegime regime) =>
        isMinor || intendedFine > regime.OralHearingThreshold;
}
