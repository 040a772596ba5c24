namespace Sac.Infrastructure.Identity;

/// <summary>A municipality a user works for; it becomes a <see cref="SacClaimTypes.Municipality"/> claim.</summary>
public sealed class UserMunicipality
{
    public UserMunicipality(string userId, string municipalityNis)
    {
        UserId = userId;
        MunicipalityNis = municipalityNis;
    }

    public string UserId { get; private set; }

    public string MunicipalityNis { get; private set; }
}
