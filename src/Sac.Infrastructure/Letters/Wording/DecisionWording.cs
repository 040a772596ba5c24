using Sac.Application.Letters;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>
/// The decision (gas-law.md §5, T11–T12): what was decided and when, the official's reasons under their own heading,
/// and the appeal: within the appeal term from the deemed receipt, by application to the police court or the youth court.
/// </summary>
internal static class DecisionWording
{
    public static KindWording Write(LetterContent letter, LetterLanguage l)
    {
        var decision = letter.Decision
            ?? throw new ArgumentException("A decision letter needs the decision.", nameof(letter));
        List<LetterBlock> body =
        [
            new Paragraph(l.Say(
                $"Op {l.Date(decision.DecidedOn)} heb ik een beslissing genomen over de volgende feiten:",
                $"Le {l.Date(decision.DecidedOn)}, j'ai pris une décision concernant les faits suivants :")),
            .. CommonWording.Facts(letter.Facts, l),
            new Heading(l.Say("Beslissing", "Décision")),
            .. Outcome(decision, l),
        ];

        if (!string.IsNullOrWhiteSpace(decision.Reasoning))
        {
            body.Add(new Heading(l.Say("Motivering", "Motivation")));
            body.AddRange(CommonWording.Paragraphs(decision.Reasoning));
        }

        if (decision.Kind is not DecisionKind.NoSanction)
        {
            body.Add(new Heading(l.Say("Beroep", "Recours")));
            body.AddRange(Appeal(letter.Terms, l));
        }

        return new KindWording(
            l.Say("beslissing van de sanctionerend ambtenaar", "décision du fonctionnaire sanctionnateur"),
            body);
    }

    private static IEnumerable<LetterBlock> Outcome(LetterDecision decision, LetterLanguage l)
    {
        switch (decision.Kind)
        {
            case DecisionKind.Fine:
                var amount = BelgianFormat.Amount(decision.Amount ?? throw new ArgumentException("A fine needs its amount.", nameof(decision)));
                yield return new Paragraph(l.Say(
                    $"Ik leg u een administratieve geldboete op van {amount}.",
                    $"Je vous inflige une amende administrative de {amount}."));
                yield return new Paragraph(l.Say(
                    "Zodra deze beslissing uitvoerbaar is, ontvangt u een uitnodiging tot betaling met de betaalgegevens.",
                    "Dès que la présente décision sera exécutoire, vous recevrez une invitation à payer avec les données de paiement."));
                break;
            case DecisionKind.CommunityService:
                var hours = l.Hours(decision.Hours ?? throw new ArgumentException("Community service needs its hours.", nameof(decision)));
                yield return new Paragraph(l.Say(
                    $"Ik leg u een gemeenschapsdienst op van {hours}. De dienst die de gemeenschapsdienst begeleidt, neemt contact met u op.",
                    $"Je vous impose une prestation citoyenne de {hours}. Le service qui encadre la prestation citoyenne prendra contact avec vous."));
                break;
            case DecisionKind.Mediation:
                yield return new Paragraph(l.Say(
                    "Ik beslis de zaak via een lokale bemiddeling te behandelen. De bemiddelaar neemt contact met u op.",
                    "Je décide de traiter l'affaire par une médiation locale. Le médiateur prendra contact avec vous."));
                break;
            case DecisionKind.NoSanction:
                yield return new Paragraph(l.Say("Ik leg u geen sanctie op.", "Je ne vous inflige aucune sanction."));
                if (!string.IsNullOrWhiteSpace(decision.NoSanctionReason))
                {
                    yield return new Field(l.Label("Reden", "Motif"), decision.NoSanctionReason);
                }

                break;
            default:
                throw new ArgumentException($"No wording for the decision {decision.Kind}.", nameof(decision));
        }
    }

    private static IEnumerable<LetterBlock> Appeal(LetterTerms terms, LetterLanguage l)
    {
        var court = terms.AppealCourt switch
        {
            AppealCourt.PoliceCourt => l.Say("bij de politierechtbank", "au tribunal de police"),
            AppealCourt.YouthCourt => l.Say("bij de jeugdrechtbank", "au tribunal de la jeunesse"),
            _ => throw new ArgumentException($"No wording for the court {terms.AppealCourt}.", nameof(terms)),
        };
        var receipt = CommonWording.DeemedReceipt(terms.DeemedReceiptWorkingDays, l);
        yield return new Paragraph(l.Say(
            $"U kunt tegen deze beslissing beroep instellen binnen {l.Months(terms.AppealMonths)} na ontvangst ervan, door middel van een verzoekschrift {court}. U wordt geacht deze beslissing te hebben ontvangen op {receipt}.",
            $"Vous pouvez introduire un recours contre la présente décision dans un délai de {l.Months(terms.AppealMonths)} à compter de sa réception, par requête adressée {court}. Vous êtes réputé avoir reçu la présente décision {receipt}."));
        yield return new Paragraph(l.Say(
            "Zonder beroep binnen die termijn wordt de beslissing uitvoerbaar.",
            "À défaut de recours dans ce délai, la décision devient exécutoire."));
    }
}
