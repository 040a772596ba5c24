using Sac.Domain.Common;

namespace Sac.Domain.Municipalities;

/// <summary>A municipality, identified by its NIS code, with its settings and its versioned police regulation.</summary>
public sealed class Municipality
{
    private readonly List<Infraction> infractions = [];

    private Municipality()
    {
        Nis = NameNl = NameFr = string.Empty;
        Settings = null!;
    }

    public Municipality(string nis, string nameNl, string nameFr, MunicipalitySettings settings)
    {
        Nis = nis;
        NameNl = nameNl;
        NameFr = nameFr;
        Settings = settings;
    }

    public string Nis { get; private set; }

    public string NameNl { get; private set; }

    public string NameFr { get; private set; }

    public MunicipalitySettings Settings { get; private set; }

    /// <summary>Null until the administrator fills it in; letters then show what is missing.</summary>
    public Letterhead? Letterhead { get; private set; }

    /// <summary>Every version of every infraction, past, current and future.</summary>
    public IReadOnlyList<Infraction> Infractions => infractions;

    public string Name(string language) => language == "fr" ? NameFr : NameNl;

    public void ChangeSettings(MunicipalitySettings settings) => Settings = settings;

    public void ChangeLetterhead(Letterhead letterhead) => Letterhead = letterhead;

    public Infraction? InfractionOn(string code, DateOnly date) =>
        infractions.FirstOrDefault(i => i.Code == code && i.IsValidOn(date));

    /// <summary>The version of each infraction in force on <paramref name="date"/>.</summary>
    public IReadOnlyList<Infraction> RegulationOn(DateOnly date) =>
        [.. infractions.Where(i => i.IsValidOn(date)).OrderBy(i => i.Code, StringComparer.Ordinal)];

    /// <summary>
    /// Adds a new version of an infraction. The version in force ends the day before the new one
    /// starts; a version starting on the same day as the latest one replaces it (a correction).
    /// </summary>
    public Result<Infraction> DefineInfraction(InfractionDefinition definition)
    {
        var latest = infractions.Where(i => i.Code == definition.Code).MaxBy(i => i.ValidFrom);
        if (latest is not null && definition.ValidFrom < latest.ValidFrom)
        {
            return RegulationErrors.ValidFromBeforeCurrentVersion;
        }

        var created = Infraction.Create(definition);
        if (created.IsFailure)
        {
            return created;
        }

        if (latest is not null && latest.ValidFrom == definition.ValidFrom)
        {
            infractions.Remove(latest);
        }
        else
        {
            latest?.EndOn(definition.ValidFrom.AddDays(-1));
        }

        infractions.Add(created.Value);
        return created;
    }
}
