using Sac.Application.Measures;
using Sac.Domain.CollegeSanctions;
using Sac.Infrastructure.Letters.Wording;

namespace Sac.Infrastructure.Letters.Measures;

/// <summary>
/// The college's letters (gas-law.md §3.1, §3.7): the prior warning quoting the regulation, and the notification of its
/// decision (kind, dates, reasons, appeal to the Council of State).
/// </summary>
internal static class CollegeWording
{
    public static string Authority(LetterLanguage l) => l.Say("Het college van burgemeester en schepenen", "Le collège communal");

    public static string WarningSubject(LetterLanguage l) => l.Say("voorafgaande waarschuwing", "avertissement préalable");

    public static string DecisionSubject(LetterLanguage l) => l.Say("beslissing van het college", "décision du collège communal");

    public static IEnumerable<LetterBlock> Warning(CollegeWarningLetter letter, LetterLanguage l)
    {
        yield return new Paragraph(l.Say(
            "Het college van burgemeester en schepenen stelt vast dat de volgende bepalingen van het gemeentelijk politiereglement niet worden nageleefd, "
            + "in verband met:",
            "Le collège communal constate que les dispositions suivantes du règlement communal de police ne sont pas respectées, en ce qui concerne :"));
        yield return new Field(l.Label("Betreft", "Concerne"), letter.Subject);
        foreach (var block in Extract(letter.Extract, l))
        {
            yield return block;
        }

        yield return new Paragraph(l.Say(
            "Met deze brief waarschuwt het college u vooraf. Wordt de inbreuk voortgezet of herhaald, dan kan het college de gemeentelijke toestemming "
            + "of vergunning schorsen of intrekken, of de inrichting tijdelijk of definitief sluiten (wet van 24 juni 2013, artikel 4, § 1, 2° tot 4°).",
            "Par la présente, le collège vous adresse un avertissement préalable. Si l'infraction se poursuit ou se répète, le collège peut suspendre "
            + "ou retirer l'autorisation ou le permis communal, ou fermer l'établissement à titre temporaire ou définitif (loi du 24 juin 2013, article 4, § 1er, 2° à 4°)."));
    }

    public static IEnumerable<LetterBlock> Decision(CollegeDecisionLetter letter, LetterLanguage l)
    {
        yield return new Paragraph(l.Say(
            $"Na de voorafgaande waarschuwing van {l.Date(letter.WarnedOn)} heeft het college van burgemeester en schepenen op {l.Date(letter.DecidedOn)} "
            + "de volgende beslissing genomen:",
            $"Après l'avertissement préalable du {l.Date(letter.WarnedOn)}, le collège communal a pris le {l.Date(letter.DecidedOn)} la décision suivante :"));
        yield return new Field(l.Label("Betreft", "Concerne"), letter.Subject);
        yield return new Field(l.Label("Maatregel", "Mesure"), Kind(letter.SanctionKind, l));
        yield return new Field(l.Label("Ingaand op", "À partir du"), l.Date(letter.StartsOn));
        yield return new Field(
            l.Label("Tot en met", "Jusqu'au"),
            letter.EndsOn is { } end ? l.Date(end) : l.Say("definitief, zonder einddatum", "définitive, sans date de fin"));
        foreach (var block in Extract(letter.Extract, l))
        {
            yield return block;
        }

        yield return new Heading(l.Say("Motivering", "Motivation"));
        foreach (var paragraph in CommonWording.Paragraphs(letter.Reasons))
        {
            yield return paragraph;
        }

        foreach (var block in MeasureWording.CouncilOfStateAppeal(letter.AppealDays, l))
        {
            yield return block;
        }
    }

    public static string Kind(CollegeSanctionKind kind, LetterLanguage l) => kind switch
    {
        CollegeSanctionKind.PermitSuspension => l.Say("administratieve schorsing van de toestemming of vergunning", "suspension administrative de l'autorisation ou du permis"),
        CollegeSanctionKind.PermitWithdrawal => l.Say("administratieve intrekking van de toestemming of vergunning", "retrait administratif de l'autorisation ou du permis"),
        CollegeSanctionKind.TemporaryClosure => l.Say("tijdelijke administratieve sluiting van de inrichting", "fermeture administrative temporaire de l'établissement"),
        CollegeSanctionKind.DefinitiveClosure => l.Say("definitieve administratieve sluiting van de inrichting", "fermeture administrative définitive de l'établissement"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The extract of the regulation: each infraction's article and its text.</summary>
    private static IEnumerable<LetterBlock> Extract(IReadOnlyList<RegulationExtract> extract, LetterLanguage l)
    {
        yield return new Heading(l.Say("Uittreksel uit het politiereglement", "Extrait du règlement de police"));
        foreach (var infraction in extract)
        {
            yield return new Field(infraction.Article, infraction.Text + " (code " + infraction.Code + ")");
        }
    }
}
