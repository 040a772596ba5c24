using Sac.Application.Measures;
using Sac.Domain.PlaceBans;
using Sac.Infrastructure.Letters.Wording;

namespace Sac.Infrastructure.Letters.Measures;

/// <summary>The mayor's temporary place ban (art. 134sexies NGW/NLC): one letter per period, the first one or a renewal.</summary>
internal static class PlaceBanWording
{
    public static string Authority(LetterLanguage l) => l.Say("De burgemeester", "Le bourgmestre");

    public static string Subject(PlaceBanLetter letter, LetterLanguage l) => letter.Period.Number == 1
        ? l.Say("tijdelijk plaatsverbod", "interdiction temporaire de lieu")
        : l.Say("verlenging van het tijdelijk plaatsverbod", "renouvellement de l'interdiction temporaire de lieu");

    public static IEnumerable<LetterBlock> Body(PlaceBanLetter letter, LetterLanguage l)
    {
        var period = letter.Period;
        yield return new Paragraph(l.Say(
            $"Na u op {l.Date(letter.HeardOn)} te hebben gehoord, legt de burgemeester u op {l.Date(period.DecidedOn)} een tijdelijk plaatsverbod op "
            + "(artikel 134sexies van de Nieuwe Gemeentewet). U mag de volgende plaats niet betreden:",
            $"Après vous avoir entendu le {l.Date(letter.HeardOn)}, le bourgmestre vous impose le {l.Date(period.DecidedOn)} une interdiction temporaire "
            + "de lieu (article 134sexies de la Nouvelle loi communale). Vous ne pouvez pas pénétrer dans le lieu suivant :"));
        yield return new Field(l.Label("Plaats of perimeter", "Lieu ou périmètre"), letter.Place);
        yield return new Field(l.Label("Van", "Du"), l.Date(period.StartsOn));
        yield return new Field(l.Label("Tot en met", "Jusqu'au"), l.Date(period.EndsOn));
        yield return new Field(
            l.Label("Periode", "Période"),
            l.Say($"{l.Number(period.Number)} van ten hoogste {l.Number(letter.MaximumPeriods)}", $"{l.Number(period.Number)} sur {l.Number(letter.MaximumPeriods)} au plus"));
        yield return new Heading(l.Say("Gronden", "Motifs"));
        yield return new Paragraph(Ground(letter.Ground, l));
        foreach (var paragraph in CommonWording.Paragraphs(letter.Grounds))
        {
            yield return paragraph;
        }

        yield return new Paragraph(l.Say(
            $"Elke periode duurt ten hoogste {l.Months(letter.PeriodMonths)}; het verbod kan worden verlengd tot {l.Number(letter.MaximumPeriods)} periodes in totaal. "
            + "Wie het verbod niet naleeft, kan een administratieve geldboete krijgen.",
            $"Chaque période dure {l.Months(letter.PeriodMonths)} au plus ; l'interdiction peut être renouvelée jusqu'à {l.Number(letter.MaximumPeriods)} périodes au total. "
            + "Le non-respect de l'interdiction peut être puni d'une amende administrative."));
        foreach (var block in MeasureWording.CouncilOfStateAppeal(letter.AppealDays, l))
        {
            yield return block;
        }
    }

    private static string Ground(PlaceBanGround ground, LetterLanguage l) => ground switch
    {
        PlaceBanGround.PublicOrderDisturbance => l.Say(
            "Verstoring van de openbare orde door individueel of collectief gedrag.",
            "Trouble à l'ordre public causé par des comportements individuels ou collectifs."),
        PlaceBanGround.RepeatedInfractions => l.Say(
            "Herhaalde inbreuken op het politiereglement op dezelfde plaats of bij gelijkaardige gebeurtenissen.",
            "Infractions répétées au règlement de police commises au même endroit ou à l'occasion d'événements similaires."),
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, null),
    };
}
