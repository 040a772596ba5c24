using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Registries.Demo;

/// <summary>A vehicle registration: who held a plate over a period (a person by national register number, or a company).</summary>
internal sealed record DemoRegistration(string Plate, DateOnly From, DateOnly? Until, string? NationalRegisterNumber = null, string? EnterpriseNumber = null)
{
    public bool Covers(DateOnly date) => From <= date && (Until is null || date <= Until);
}

/// <summary>
/// The demo registries' fictional people, companies and vehicles in the demo municipalities (Gent 9000, Brussel 1000,
/// Liège 4000, Antwerpen 2000). Every national register and enterprise number is valid (gas-law.md §10): a newcomer can try
/// every flow offline. Ages are chosen to stay meaningful both on the test dates (March 2025) and for some years after.
/// </summary>
internal static class DemoRegistryData
{
    /// <summary>The api-v1.md example person, born 1988-02-29, Dutch-speaking, Gent.</summary>
    public const string JanPeeters = "88022999990";

    /// <summary>Born 2010-06-15: 14 in March 2025, a minor until June 2028 (Gent covers minors from 14).</summary>
    public const string LotteJanssens = "10061522492";

    /// <summary>Born 2009-09-03: 15 in March 2025, a minor until September 2027; French-speaking, Liège.</summary>
    public const string LucasMartin = "09090308707";

    /// <summary>Born 2012-04-20: 12 in March 2025 (under every minimum age), 14 from April 2026.</summary>
    public const string NoahClaes = "12042015341";

    /// <summary>Born 2007-10-05: 17 in March 2025, an adult from October 2025; French-speaking, Brussels.</summary>
    public const string YasmineElAmrani = "07100526228";

    /// <summary>Born 2000-01-01 (the gas-law.md §10.1 example of the 2000 checksum).</summary>
    public const string ArneDeSmet = "00010100105";

    /// <summary>Born 2002-11-30, an adult born after 2000; Dutch-speaking, Brussels.</summary>
    public const string EmmaWouters = "02113004675";

    /// <summary>The National Register records him as deceased.</summary>
    public const string GeorgesLambert = "41070803553";

    public const string MarieDubois = "90051411235";

    public const string ThomasDupont = "95031720144";

    public const string SofieMaes = "75120131850";

    public const string AnneLejeune = "68040214884";

    public const string SchoonmaakGent = "0440966354";

    public const string TransportsMosans = "0831797467";

    public const string KoerierdienstZenne = "0203985159";

    public const string BrasserieDuSablon = "0412345614";

    /// <summary>Stopped (no longer active).</summary>
    public const string FrituurHetZuid = "1000000021";

    /// <summary>Stopped (no longer active).</summary>
    public const string BouwwerkenVanDamme = "0765432146";

    /// <summary>Held by Thomas Dupont until 4 March 2025, by Sofie Maes from 5 March 2025.</summary>
    public const string ChangedHolderPlate = "1GNT482";

    public static readonly DateOnly HolderChangedOn = new(2025, 3, 5);

    /// <summary>A company car of Transports Mosans SA.</summary>
    public const string CompanyCarPlate = "1LGE730";

    /// <summary>Georges Lambert's car, deregistered on 30 September 2024: no holder after that day.</summary>
    public const string DeregisteredPlate = "1XLB311";

    /// <summary>A German plate (B-XY 1234): the Belgian registry knows no holder of it.</summary>
    public const string ForeignPlate = "BXY1234";

    /// <summary>The demo vehicle registry fails for this plate, to show what a registry outage looks like offline.</summary>
    public const string UnavailablePlate = "1ERR503";

    public static IReadOnlyList<RegisteredPerson> People { get; } =
    [
        Person(JanPeeters, "Peeters", "Jan", "1988-02-29", Sex.Male, "nl", "Veldstraat", "10", "9000", "Gent"),
        Person(MarieDubois, "Dubois", "Marie", "1990-05-14", Sex.Female, "fr", "Rue Haute", "5", "1000", "Bruxelles"),
        Person(LotteJanssens, "Janssens", "Lotte", "2010-06-15", Sex.Female, "nl", "Kouter", "3", "9000", "Gent"),
        Person(LucasMartin, "Martin", "Lucas", "2009-09-03", Sex.Male, "fr", "Rue Saint-Gilles", "42", "4000", "Liège"),
        Person(NoahClaes, "Claes", "Noah", "2012-04-20", Sex.Male, "nl", "Meir", "100", "2000", "Antwerpen"),
        Person(YasmineElAmrani, "El Amrani", "Yasmine", "2007-10-05", Sex.Female, "fr", "Rue Blaes", "30", "1000", "Bruxelles"),
        Person(ArneDeSmet, "De Smet", "Arne", "2000-01-01", Sex.Male, "nl", "Sint-Pietersnieuwstraat", "25", "9000", "Gent"),
        Person(EmmaWouters, "Wouters", "Emma", "2002-11-30", Sex.Female, "nl", "Antoine Dansaertstraat", "20", "1000", "Brussel"),
        Person(GeorgesLambert, "Lambert", "Georges", "1941-07-08", Sex.Male, "fr", "Boulevard d'Avroy", "12", "4000", "Liège", deceased: true),
        Person(ThomasDupont, "Dupont", "Thomas", "1995-03-17", Sex.Male, "fr", "Rue du Midi", "80", "1000", "Bruxelles"),
        Person(SofieMaes, "Maes", "Sofie", "1975-12-01", Sex.Female, "nl", "Groenplaats", "7", "2000", "Antwerpen"),
        Person(AnneLejeune, "Lejeune", "Anne", "1968-04-02", Sex.Female, "fr", "Place du Marché", "8", "4000", "Liège"),
    ];

    public static IReadOnlyList<RegisteredCompany> Companies { get; } =
    [
        Company(SchoonmaakGent, "Schoonmaak Gent BV", active: true, "nl", "Dok Noord", "5", "9000", "Gent"),
        Company(TransportsMosans, "Transports Mosans SA", active: true, "fr", "Quai de la Batte", "10", "4000", "Liège"),
        Company(KoerierdienstZenne, "Koerierdienst Zenne BV", active: true, "nl", "Antoine Dansaertstraat", "150", "1000", "Brussel"),
        Company(BrasserieDuSablon, "Brasserie du Sablon SRL", active: true, "fr", "Place du Grand Sablon", "3", "1000", "Bruxelles"),
        Company(FrituurHetZuid, "Frituur Het Zuid BV", active: false, "nl", "Vlaamse Kaai", "12", "2000", "Antwerpen"),
        Company(BouwwerkenVanDamme, "Bouwwerken Van Damme NV", active: false, "nl", "Brabantdam", "40", "9000", "Gent"),
    ];

    public static IReadOnlyList<DemoRegistration> Registrations { get; } =
    [
        new(ChangedHolderPlate, new(2019, 5, 2), HolderChangedOn.AddDays(-1), NationalRegisterNumber: ThomasDupont),
        new(ChangedHolderPlate, HolderChangedOn, null, NationalRegisterNumber: SofieMaes),
        new("1JPE288", new(2016, 9, 12), null, NationalRegisterNumber: JanPeeters),
        new("2BXL517", new(2021, 11, 3), null, NationalRegisterNumber: MarieDubois),
        new("1EMW902", new(2021, 1, 15), null, NationalRegisterNumber: EmmaWouters),
        new("1ALJ468", new(2012, 3, 1), null, NationalRegisterNumber: AnneLejeune),
        new(DeregisteredPlate, new(2008, 4, 14), new(2024, 9, 30), NationalRegisterNumber: GeorgesLambert),
        new(CompanyCarPlate, new(2022, 6, 20), null, EnterpriseNumber: TransportsMosans),
        new("2KZB064", new(2023, 2, 1), null, EnterpriseNumber: KoerierdienstZenne),
        new("1SGB215", new(2020, 10, 5), null, EnterpriseNumber: SchoonmaakGent),
    ];

    private static RegisteredPerson Person(
        string number, string lastName, string firstNames, string birthDate, Sex sex, string language,
        string street, string houseNumber, string postalCode, string city, bool deceased = false) =>
        new(number, lastName, firstNames, DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), sex, language,
            new Address(street, houseNumber, postalCode, city, "BE"), deceased);

    private static RegisteredCompany Company(
        string number, string name, bool active, string language, string street, string houseNumber, string postalCode, string city) =>
        new(number, name, new Address(street, houseNumber, postalCode, city, "BE"), active, language);
}
