using Sac.Domain.Reasoning;

namespace Sac.Infrastructure.Demo;

/// <summary>Demo blocks of reasons, in Dutch and French, as a sanctioning service would keep them.</summary>
internal static class DemoReasoning
{
    public static IReadOnlyList<(ReasoningTopic Topic, string? InfractionCode, string Title, string TextNl, string TextFr)> Blocks { get; } =
    [
        (ReasoningTopic.General, null, "Feiten en kwalificatie / Faits et qualification",
            "Op {factsDate} om {factsTime} werd vastgesteld dat {offender} te {place} de volgende inbreuk pleegde: {infraction} ({article} van het politiereglement van {municipality}).",
            "Le {factsDate} à {factsTime}, il a été constaté que {offender} a commis à {place} l'infraction suivante : {infraction} ({article} du règlement de police de {municipality})."),
        (ReasoningTopic.General, null, "Procedure gevolgd / Procédure suivie",
            "Het aangetekend schrijven van {noticeDate} gaf de overtreder de kans om tot {defenceDeadline} een verweer in te dienen en, waar de wet dat toelaat, gehoord te worden.",
            "Le courrier recommandé du {noticeDate} a permis au contrevenant de présenter sa défense jusqu'au {defenceDeadline} et, lorsque la loi le permet, d'être entendu."),
        (ReasoningTopic.DefenceArgument, null, "Regel niet gekend / Règle non connue",
            "De overtreder voert aan de regel niet te kennen. Het politiereglement is bekendgemaakt zoals de wet voorschrijft; niemand wordt geacht de wet niet te kennen.",
            "Le contrevenant affirme ne pas connaître la règle. Le règlement de police a été publié conformément à la loi ; nul n'est censé ignorer la loi."),
        (ReasoningTopic.DefenceArgument, null, "Vuilnisbak vol / Poubelle pleine",
            "Dat een vuilnisbak vol was, verplicht niemand om afval op de grond achter te laten: het afval kan worden meegenomen.",
            "Le fait qu'une poubelle soit pleine n'oblige personne à abandonner des déchets sur la voie publique : ils peuvent être emportés."),
        (ReasoningTopic.DefenceArgument, null, "Geen verweer / Pas de défense",
            "De overtreder heeft binnen de gestelde termijn geen verweer ingediend.",
            "Le contrevenant n'a pas présenté de défense dans le délai imparti."),
        (ReasoningTopic.Infraction, "LITTER", "Sluikstorten en zwerfvuil / Dépôt clandestin et déchets",
            "Zwerfvuil tast de netheid en de veiligheid van de openbare ruimte aan en brengt kosten mee voor de gemeenschap.",
            "Les déchets abandonnés portent atteinte à la propreté et à la sécurité de l'espace public et entraînent des coûts pour la collectivité."),
        (ReasoningTopic.Sanction, null, "Proportionele boete / Amende proportionnée",
            "Gelet op de ernst van de feiten en de omstandigheden is een administratieve geldboete van {amount} passend. Het wettelijk maximum bedraagt {maximumFine}.",
            "Vu la gravité des faits et les circonstances, une amende administrative de {amount} est appropriée. Le maximum légal s'élève à {maximumFine}."),
        (ReasoningTopic.Sanction, null, "Herhaling / Récidive",
            "De overtreder werd op {priorDecision} reeds gesanctioneerd voor dezelfde inbreuk; er is herhaling in de zin van de wet.",
            "Le contrevenant a déjà été sanctionné le {priorDecision} pour la même infraction ; il y a récidive au sens de la loi."),
    ];
}
