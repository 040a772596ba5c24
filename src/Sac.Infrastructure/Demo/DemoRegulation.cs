using Sac.Domain.Municipalities;

namespace Sac.Infrastructure.Demo;

/// <summary>The police regulation every demo municipality has (api-v1.md), in force since the GAS law.</summary>
internal static class DemoRegulation
{
    private static readonly DateOnly ValidFrom = new(2014, 1, 1);

    public static IReadOnlyList<InfractionDefinition> Infractions { get; } =
    [
        Fined("LITTER", InfractionCategory.PureAdministrative, "art. 12",
            "Afval achterlaten op de openbare weg", "Abandonner des déchets sur la voie publique", 50, 100, minorsAllowed: true),
        Fined("URINATE", InfractionCategory.PureAdministrative, "art. 14",
            "Urineren op de openbare weg", "Uriner sur la voie publique", 50, 150, minorsAllowed: true),
        Fined("DOG-FOULING", InfractionCategory.PureAdministrative, "art. 16",
            "Uitwerpselen van een hond niet opruimen op de openbare weg", "Ne pas ramasser les déjections de son chien sur la voie publique", 50, 75, minorsAllowed: true),
        Fined("BINS-WRONG-DAY", InfractionCategory.PureAdministrative, "art. 21",
            "Huisvuil buitenzetten buiten de ophaaldagen", "Sortir les déchets ménagers en dehors des jours de collecte", 25, 50, minorsAllowed: true),
        Fined("GRAFFITI", InfractionCategory.MixedLight, "art. 30",
            "Graffiti aanbrengen op roerende of onroerende goederen zonder toestemming", "Réaliser sans autorisation des graffitis sur des biens mobiliers ou immobiliers", 100, 250, minorsAllowed: true),
        Fined("NIGHT-NOISE", InfractionCategory.MixedLight, "art. 35",
            "Nachtlawaai dat de rust van de inwoners verstoort", "Bruits ou tapages nocturnes de nature à troubler la tranquillité des habitants", 75, 150, minorsAllowed: true),
        Fined("INSULT", InfractionCategory.MixedSerious, "art. 40",
            "Iemand beledigen door daden, geschriften, beelden of zinnebeelden", "Injurier une personne par des faits, des écrits, des images ou des emblèmes", 100, 200, minorsAllowed: false),
        FixedByLaw("PARK-PROHIBITED", InfractionCategory.Parking1, "art. 60",
            "Parkeren waar het parkeren verboden is", "Stationner là où le stationnement est interdit"),
        FixedByLaw("PARK-CYCLE-PATH", InfractionCategory.Parking2, "art. 61",
            "Parkeren op een fietspad", "Stationner sur une piste cyclable"),
    ];

    private static InfractionDefinition Fined(
        string code, InfractionCategory category, string article, string textNl, string textFr, decimal minimum, decimal defaultAmount, bool minorsAllowed) =>
        // No recidivist maximum of its own: with the full 350 as ordinary maximum, adult recidivists reach the
        // legal 500 where and when the 2024 caps apply (api-v1.md's "350*"; ADR 0004), and a later, lower
        // version of the infraction keeps recidivists at its own maximum.
        new(code, category, article, textNl, textFr, minimum, 350m, defaultAmount, minorsAllowed, ValidFrom);

    private static InfractionDefinition FixedByLaw(string code, InfractionCategory category, string article, string textNl, string textFr) =>
        new(code, category, article, textNl, textFr, null, null, null, MinorsAllowed: false, ValidFrom);
}
