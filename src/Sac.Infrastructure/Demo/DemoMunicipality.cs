namespace Sac.Infrastructure.Demo;

/// <summary>A demo municipality with its settings, as api-v1.md lists them (demo choices, not the real towns').</summary>
internal sealed record DemoMunicipality(
    string Nis, string NameNl, string NameFr, int? MinorsMinimumAge, DateOnly? Caps2024AdoptedOn, bool AdultMediationOffered, DemoLetterhead Letterhead)
{
    public const int PaymentTermDays = 30;

    public static IReadOnlyList<DemoMunicipality> All { get; } =
    [
        new("44021", "Gent", "Gand", 14, new DateOnly(2024, 3, 1), AdultMediationOffered: true,
            new("Botermarkt 1", "9000", "Gent", "An De Smet", "gas@gent.demo.sac", "09 210 10 10", "BE94 0910 0041 5614", "GKCCBEBB", "nl")),
        new("21004", "Brussel", "Bruxelles", 16, null, AdultMediationOffered: true,
            new("Grote Markt 1", "1000", "Brussel", "Sophie Lambert", "sac@bruxelles.demo.sac", "02 279 22 11", "BE50 0910 0042 5718", "GKCCBEBB", "fr")),
        new("62063", "Luik", "Liège", null, new DateOnly(2024, 6, 1), AdultMediationOffered: false,
            new("Place du Marché 2", "4000", "Liège", "Marc Dubois", "sac@liege.demo.sac", "04 221 81 11", "BE06 0910 0043 5822", "GKCCBEBB", "fr")),
        new("11002", "Antwerpen", "Anvers", 16, new DateOnly(2024, 1, 8), AdultMediationOffered: true,
            new("Grote Markt 1", "2000", "Antwerpen", "Pieter Janssens", "gas@antwerpen.demo.sac", "03 22 11 333", "BE59 0910 0044 5926", "GKCCBEBB", "nl")),
    ];
}

/// <summary>A fictional sender block and bank account (valid IBAN check digits, no real account).</summary>
internal sealed record DemoLetterhead(
    string Street, string PostalCode, string City, string OfficialName, string Email, string Phone, string Iban, string Bic, string DefaultLanguage);
