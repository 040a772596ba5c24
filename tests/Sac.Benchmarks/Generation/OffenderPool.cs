using System.Globalization;
using Sac.Application.Offenders;

namespace Sac.Benchmarks.Generation;

/// <summary>
/// The people and companies findings name. A share of findings names someone seen before, and a few of those very
/// often, so that the register holds repeat offenders and recidivism is assessed as in a real city.
/// </summary>
internal sealed class OffenderPool(Random random)
{
    /// <summary>Findings about a person already known to the platform.</summary>
    private const double RepeatShare = 0.30;

    /// <summary>New people who will offend again.</summary>
    private const double BecomesRegular = 0.35;

    private const double MinorShare = 0.05;

    private static readonly string[] DutchLastNames = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Vermeulen", "Van den Bossche", "De Clercq", "Hermans", "Aerts", "Pauwels", "Desmet", "De Backer", "Verhaeghe"];
    private static readonly string[] FrenchLastNames = ["Dupont", "Lambert", "Dubois", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard", "François", "Lemaire", "Michel", "Gérard", "Mathieu", "Denis", "Collard", "Hubert", "Noël", "Dumont", "Lefèbvre"];
    private static readonly string[] DutchFirstNames = ["Jan", "Els", "Pieter", "An", "Tom", "Sofie", "Wouter", "Lotte", "Bram", "Zoë", "Lucas", "Emma", "Arne", "Fien", "Kobe", "Noor", "Jens", "Hanne", "Senne", "Lore"];
    private static readonly string[] FrenchFirstNames = ["Jean", "Marie", "Luc", "Sophie", "Pierre", "Camille", "Hugo", "Chloé", "Nathan", "Léa", "Louis", "Manon", "Théo", "Inès", "Maxime", "Julie", "Noah", "Célia", "Arthur", "Zoé"];
    private static readonly string[] CompanyNames = ["Bouwwerken", "Transport", "Horeca", "Logistics", "Construct", "Immo", "Services", "Trading", "Catering", "Elektro"];
    private static readonly (string PostalCode, string City)[] Elsewhere = [("2000", "Antwerpen"), ("1030", "Schaerbeek"), ("9050", "Gentbrugge"), ("8000", "Brugge"), ("4020", "Liège"), ("1060", "Saint-Gilles"), ("3000", "Leuven"), ("5000", "Namur")];

    private readonly List<OffenderInput> regulars = [];
    private readonly List<OffenderInput> companies = [];
    private int serial;

    /// <summary>A person, sometimes one seen before; <paramref name="mayBeMinor"/> lets a new person be 14 to 17 on the facts date.</summary>
    public OffenderInput Person(Locality locality, DateOnly factsDate, bool mayBeMinor)
    {
        if (regulars.Count > 100 && random.NextDouble() < RepeatShare)
        {
            // Squaring the draw favours the first regulars: a few people collect many findings.
            return regulars[(int)(regulars.Count * Math.Pow(random.NextDouble(), 2))];
        }

        var minor = mayBeMinor && random.NextDouble() < MinorShare;
        var age = minor ? random.Next(14, 18) : random.Next(18, 76);
        var birthDate = factsDate.AddYears(-age).AddDays(-random.Next(1, 365));
        var french = random.NextDouble() < locality.FrenchShare;
        var person = new OffenderInput(
            "Person",
            NationalRegisterNumber: Identifiers.NationalRegisterNumber(birthDate, (++serial % 997) + 1),
            LastName: Pick(french ? FrenchLastNames : DutchLastNames),
            FirstName: Pick(french ? FrenchFirstNames : DutchFirstNames),
            Language: french ? "fr" : "nl",
            Address: Address(locality));
        if (random.NextDouble() < BecomesRegular)
        {
            regulars.Add(person);
        }

        return person;
    }

    /// <summary>A company (a shop, a lease car's holder), mostly one of a few thousand that recur.</summary>
    public OffenderInput Company(Locality locality)
    {
        if (companies.Count > 50 && random.NextDouble() < 0.7)
        {
            return companies[random.Next(companies.Count)];
        }

        var french = random.NextDouble() < locality.FrenchShare;
        var company = new OffenderInput(
            "Company",
            EnterpriseNumber: Identifiers.EnterpriseNumber(random),
            CompanyName: $"{Pick(french ? FrenchLastNames : DutchLastNames)} {Pick(CompanyNames)} {(french ? "SRL" : "BV")}",
            Language: french ? "fr" : "nl",
            Address: Address(locality));
        companies.Add(company);
        return company;
    }

    private AddressInput Address(Locality locality)
    {
        var (postalCode, city) = random.NextDouble() < 0.85 ? (locality.PostalCode, locality.City) : Elsewhere[random.Next(Elsewhere.Length)];
        return new AddressInput(Pick(locality.Streets), random.Next(1, 250).ToString(CultureInfo.InvariantCulture), postalCode, city, "BE");
    }

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
