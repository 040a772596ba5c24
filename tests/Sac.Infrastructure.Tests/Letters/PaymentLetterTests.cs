using Sac.Domain.Documents;

namespace Sac.Infrastructure.Tests.Letters;

public sealed class PaymentLetterTests
{
    [Fact]
    public void Dutch_invitation_states_amount_date_and_account()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.PaymentInvitation)).Text;

        Assert.Contains("Te betalen bedrag: 200,00 €", text);
        Assert.Contains("Uiterste betaaldatum: 16 juni 2025", text);
        Assert.Contains("IBAN: BE68 5390 0754 7034", text);
        Assert.Contains("BIC: GKCCBEBB", text);
        Assert.Contains("Gestructureerde mededeling: +++250/0000/00197+++", text);
        Assert.Contains("in gedeelten betalen", text);
        Assert.DoesNotContain("dwangbevel", text);
    }

    [Fact]
    public void French_invitation_states_amount_date_and_account()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.PaymentInvitation).French()).Text;

        Assert.Contains("Montant à payer : 200,00 €", text);
        Assert.Contains("au plus tard le 16 juin 2025", text);
        Assert.Contains("IBAN : BE68 5390 0754 7034", text);
        Assert.Contains("BIC : GKCCBEBB", text);
        Assert.Contains("Communication structurée : +++250/0000/00197+++", text);
        Assert.Contains("payer en plusieurs fois", text);
    }

    [Fact]
    public void The_structured_communication_is_printed_exactly_as_given()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.PaymentInvitation)
            .Payment(p => p with { StructuredCommunication = "+++090/9337/55493+++" })).Text;

        Assert.Contains("+++090/9337/55493+++", text);
        Assert.DoesNotContain("+++250/0000/00197+++", text);
    }

    [Fact]
    public void Dutch_reminder_states_what_is_outstanding_the_new_term_and_forced_collection()
    {
        var text = RenderedLetter.Of(Reminder()).Text;

        Assert.Contains("Opgelegde geldboete: 200,00 €", text);
        Assert.Contains("Reeds betaald: 50,00 €", text);
        Assert.Contains("Nog te betalen: 150,00 €", text);
        Assert.Contains("nieuwe termijn van 30 dagen", text);
        Assert.Contains("uiterlijk op 16 juli 2025", text);
        Assert.Contains("Gestructureerde mededeling: +++250/0000/00197+++", text);
        Assert.Contains("IBAN: BE68 5390 0754 7034", text);
        Assert.Contains("dwangbevel", text);
        Assert.Contains("gerechtsdeurwaarder", text);
        Assert.DoesNotContain("huissier", text);
    }

    [Fact]
    public void French_reminder_states_what_is_outstanding_the_new_term_and_forced_collection()
    {
        var text = RenderedLetter.Of(Reminder().French()).Text;

        Assert.Contains("Amende infligée : 200,00 €", text);
        Assert.Contains("Déjà payé : 50,00 €", text);
        Assert.Contains("Reste à payer : 150,00 €", text);
        Assert.Contains("nouveau délai de 30 jours", text);
        Assert.Contains("au plus tard le 16 juillet 2025", text);
        Assert.Contains("Communication structurée : +++250/0000/00197+++", text);
        Assert.Contains("contrainte", text);
        Assert.Contains("huissier de justice", text);
        Assert.DoesNotContain("deurwaarder", text);
    }

    [Fact]
    public void The_reminder_term_comes_from_the_legal_regime()
    {
        Assert.Contains("nieuwe termijn van 20 dagen", RenderedLetter.Of(Reminder().Terms(t => t with { ReminderTermDays = 20 })).Text);
    }

    private static LetterBuilder Reminder() =>
        LetterBuilder.A(DocumentKind.PaymentReminder)
            .Payment(p => p with { AmountPaid = 50m, Outstanding = 150m, PayBy = new DateOnly(2025, 7, 16) });
}
