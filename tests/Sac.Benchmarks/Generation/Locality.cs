namespace Sac.Benchmarks.Generation;

/// <summary>A municipality's streets, postal code, centre and the languages its residents are written to in.</summary>
internal sealed record Locality(string Nis, string PostalCode, string City, double Latitude, double Longitude, double FrenchShare, IReadOnlyList<string> Streets)
{
    public static Locality Of(string nis) => nis switch
    {
        "44021" => new("44021", "9000", "Gent", 51.0543, 3.7174, 0.04,
            ["Korenmarkt", "Veldstraat", "Kouter", "Sint-Pietersnieuwstraat", "Overpoortstraat", "Vrijdagmarkt", "Dampoortstraat",
             "Sleepstraat", "Coupure Links", "Kortrijksesteenweg", "Brabantdam", "Zuidparklaan", "Hoogpoort", "Graslei",
             "Voskenslaan", "Nederkouter", "Wondelgemstraat", "Brugsesteenweg", "Sint-Amandsberg Dorp", "Visserij"]),
        "21004" => new("21004", "1000", "Bruxelles", 50.8467, 4.3525, 0.72,
            ["Rue Neuve", "Boulevard Anspach", "Rue du Marché aux Herbes", "Grand-Place", "Rue de Flandre", "Rue Haute",
             "Rue Dansaert", "Boulevard Adolphe Max", "Place Sainte-Catherine", "Rue des Bouchers", "Avenue Louise", "Rue Blaes"]),
        "62063" => new("62063", "4000", "Liège", 50.6412, 5.5718, 1.0,
            ["Place Saint-Lambert", "Rue Saint-Gilles", "Boulevard d'Avroy", "Rue Pont d'Avroy", "Féronstrée", "En Neuvice",
             "Rue de la Cathédrale", "Quai de la Batte", "Rue Léopold", "Place du Marché"]),
        _ => throw new ArgumentOutOfRangeException(nameof(nis), nis, "No locality for this municipality."),
    };
}
