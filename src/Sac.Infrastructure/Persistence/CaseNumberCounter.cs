namespace Sac.Infrastructure.Persistence;

/// <summary>The last case number a municipality gave out in a year.</summary>
internal sealed class CaseNumberCounter
{
    public CaseNumberCounter(string municipalityNis, int year)
    {
        MunicipalityNis = municipalityNis;
        Year = year;
    }

    public string MunicipalityNis { get; private set; }

    public int Year { get; private set; }

    /// <summary>The concurrency token: two intakes that read the same value cannot both save it.</summary>
    public int LastNumber { get; private set; }

    public int Take() => ++LastNumber;
}
