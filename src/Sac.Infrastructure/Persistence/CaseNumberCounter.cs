namespace Sac.Infrastructure.Persistence;

/// <summary>The last case number a municipality gave out in a year; only <see cref="CaseNumberSequence"/> writes it.</summary>
internal sealed class CaseNumberCounter
{
    public CaseNumberCounter(string municipalityNis, int year, int lastNumber)
    {
        MunicipalityNis = municipalityNis;
        Year = year;
        LastNumber = lastNumber;
    }

    public string MunicipalityNis { get; private set; }

    public int Year { get; private set; }

    public int LastNumber { get; private set; }
}
