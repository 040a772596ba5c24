using Sac.Domain.Municipalities;

namespace Sac.Application.Tests.TestData;

/// <summary>The demo municipalities of api-v1.md, each with the nine infractions valid from 2014-01-01.</summary>
internal static class DemoMunicipalities
{
    public const string GentNis = "44021";
    public const string BrusselNis = "21004";
    public const string LiegeNis = "62063";
    public const string AntwerpenNis = "11002";

    public static readonly DateOnly RegulationFrom = new(2014, 1, 1);

    public static Municipality Gent() => Create(GentNis, "Gent", "Gand", 14, new DateOnly(2024, 3, 1), adultMediationOffered: true);

    public static Municipality Brussel() => Create(BrusselNis, "Brussel", "Bruxelles", 16, null, adultMediationOffered: true);

    public static Municipality Liege() => Create(LiegeNis, "Luik", "Liège", null, new DateOnly(2024, 6, 1), adultMediationOffered: false);

    public static Municipality Antwerpen() => Create(AntwerpenNis, "Antwerpen", "Anvers", 16, new DateOnly(2024, 1, 8), adultMediationOffered: true);

    public static Municipality ByNis(string nis) => nis switch
    {
        GentNis => Gent(),
        BrusselNis => Brussel(),
        LiegeNis => Liege(),
        AntwerpenNis => Antwerpen(),
        _ => throw new ArgumentOutOfRangeException(nameof(nis), nis, "Not a demo municipality."),
    };

    /// <summary>A letterhead like the demo's, with a valid Belgian IBAN; <paramref name="defaultLanguage"/> is "nl" or "fr".</summary>
    public static Letterhead TestLetterhead(string defaultLanguage = "nl") =>
        Letterhead.Create(
            "Botermarkt 1", "9000", "Gent", "An De Smet", "gas@gent.demo.sac", "09 210 10 10", "be68539007547034", "gkccbebb", defaultLanguage).Value;

    /// <summary>The municipality with <see cref="TestLetterhead"/>.</summary>
    public static Municipality WithLetterhead(this Municipality municipality, string defaultLanguage = "nl")
    {
        municipality.ChangeLetterhead(TestLetterhead(defaultLanguage));
        return municipality;
    }

    /// <summary>The regulation of api-v1.md: code, category, minimum, maximum, default, minors.</summary>
    public static IEnumerable<InfractionDefinition> Regulation()
    {
        yield return Administrative("LITTER", InfractionCategory.PureAdministrative, 50, 100, minors: true);
        yield return Administrative("URINATE", InfractionCategory.PureAdministrative, 50, 150, minors: true);
        yield return Administrative("DOG-FOULING", InfractionCategory.PureAdministrative, 50, 75, minors: true);
        yield return Administrative("BINS-WRONG-DAY", InfractionCategory.PureAdministrative, 25, 50, minors: true);
        yield return Administrative("GRAFFITI", InfractionCategory.MixedLight, 100, 250, minors: true);
        yield return Administrative("NIGHT-NOISE", InfractionCategory.MixedLight, 75, 150, minors: true);
        yield return Administrative("INSULT", InfractionCategory.MixedSerious, 100, 200, minors: false);
        yield return Parking("PARK-PROHIBITED", InfractionCategory.Parking1);
        yield return Parking("PARK-CYCLE-PATH", InfractionCategory.Parking2);
    }

    private static Municipality Create(string nis, string nameNl, string nameFr, int? minorsFrom, DateOnly? capsAdoptedOn, bool adultMediationOffered)
    {
        var municipality = new Municipality(nis, nameNl, nameFr, MunicipalitySettings.Create(minorsFrom, capsAdoptedOn, adultMediationOffered, 30).Value);
        foreach (var definition in Regulation())
        {
            _ = municipality.DefineInfraction(definition).Value;
        }

        return municipality;
    }

    private static InfractionDefinition Administrative(string code, InfractionCategory category, decimal minimum, decimal defaultAmount, bool minors) =>
        new(code, category, "art. " + code, code + " (nl)", code + " (fr)", minimum, 350m, defaultAmount, minors, RegulationFrom);

    private static InfractionDefinition Parking(string code, InfractionCategory category) =>
        new(code, category, "art. " + code, code + " (nl)", code + " (fr)", null, null, null, false, RegulationFrom);
}
