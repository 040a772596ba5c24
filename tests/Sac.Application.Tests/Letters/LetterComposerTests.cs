using Sac.Application.Letters;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Letters;

/// <summary>What a letter says, computed before the renderer lays it out.</summary>
public sealed class LetterComposerTests
{
    private static readonly DateOnly LetterDate = new(2025, 3, 10);

    private readonly ProcedureHarness harness = new();

    [Fact]
    public async Task Notice_ToADutchSpeakingAdult_InDutch_WithTheSenderRecipientFactsAndTerms()
    {
        harness.Gent.WithLetterhead("fr");
        var litter = harness.Store(TestCases.Gent(offender: TestCases.PeetersAtHome()));

        var letter = await ComposeAsync(litter, DocumentKind.Notice);

        Assert.Equal(DocumentKind.Notice, letter.Kind);
        Assert.Equal("nl", letter.Language);
        Assert.Equal(new LetterSender("Gent", "Botermarkt 1", "9000", "Gent", "An De Smet", "gas@gent.demo.sac", "09 210 10 10"), letter.Sender);
        Assert.Equal("Peeters Jan", letter.Recipient.Name);
        Assert.Equal(["Veldstraat 10", "9000 Gent"], letter.Recipient.AddressLines);
        Assert.False(letter.Recipient.IsMinor);
        Assert.Equal("44021-2025-000001", letter.CaseNumber);
        Assert.Equal(LetterDate, letter.LetterDate);
        Assert.Equal(
            new LetterFacts("LITTER", "art. LITTER", "LITTER (nl)", false, TestClock.Instant(TestCases.FactsAt), "Korenmarkt 1, 9000 Gent"),
            letter.Facts);
        Assert.Equal(new LetterTerms(15, 3, true, 70m, 1, AppealCourt.PoliceCourt, 30), letter.Terms);
        Assert.Null(letter.Decision);
        Assert.Null(letter.Payment);
    }

    [Fact]
    public async Task Notice_ToAFrenchSpeakingOffender_InFrench_EvenWhereTheLetterheadSaysDutch()
    {
        harness.Gent.WithLetterhead("nl");
        var litter = harness.Store(TestCases.Gent(offender: TestCases.Dubois()));

        var letter = await ComposeAsync(litter, DocumentKind.Notice);

        Assert.Equal("fr", letter.Language);
        Assert.Equal("Gand", letter.Sender.MunicipalityName);
        Assert.Equal("LITTER (fr)", letter.Facts.InfractionText);
        Assert.Equal("Dubois Marie", letter.Recipient.Name);
        Assert.Equal(["Rue Haute 5", "1000 Bruxelles"], letter.Recipient.AddressLines);
    }

    [Fact]
    public async Task OffenderLanguageUnknown_TheLetterheadsDefaultLanguage()
    {
        harness.Brussel.WithLetterhead("fr");
        var brussels = harness.Store(TestCases.Open(DemoMunicipalities.Brussel(), "LITTER", TestCases.FactsAt, TestCases.DeVries()));

        var letter = await ComposeAsync(brussels, DocumentKind.Notice);

        Assert.Equal("fr", letter.Language);
        Assert.Equal("Bruxelles", letter.Sender.MunicipalityName);
    }

    [Fact]
    public async Task GermanSpeakingOffender_NoGermanLetters_TheLetterheadsDefaultLanguage()
    {
        harness.Gent.WithLetterhead("fr");
        var german = Sac.Domain.Offenders.Offender.Person(null, "Schmitz", "Klaus", new DateOnly(1970, 7, 7), "de", null);
        var litter = harness.Store(TestCases.Gent(offender: german));

        Assert.Equal("fr", (await ComposeAsync(litter, DocumentKind.Notice)).Language);
    }

    [Fact]
    public async Task OffenderLanguageUnknown_NoLetterhead_Dutch_AndTheSenderIsTheMunicipalityAlone()
    {
        var brussels = harness.Store(TestCases.Open(DemoMunicipalities.Brussel(), "LITTER", TestCases.FactsAt, TestCases.DeVries()));

        var letter = await ComposeAsync(brussels, DocumentKind.Notice);

        Assert.Equal("nl", letter.Language);
        Assert.Equal(new LetterSender("Brussel", "", "", "Brussel", "", "", ""), letter.Sender);
    }

    [Fact]
    public async Task RecipientAbroad_TheCountryIsTheLastAddressLine()
    {
        var litter = harness.Store(TestCases.Gent(offender: TestCases.DeVries()));

        var letter = await ComposeAsync(litter, DocumentKind.Notice);

        Assert.Equal("de Vries Pieter", letter.Recipient.Name);
        Assert.Equal(["Damrak 1", "1012 LG Amsterdam", "NL"], letter.Recipient.AddressLines);
    }

    [Fact]
    public async Task RecipientWithoutAddress_NoAddressLines()
    {
        var litter = harness.Store(TestCases.Gent());

        Assert.Empty((await ComposeAsync(litter, DocumentKind.Notice)).Recipient.AddressLines);
    }

    [Fact]
    public async Task ParkingNotice_30DaysOfDefenceAndAFixedFine()
    {
        var parked = harness.Store(TestCases.Gent("PARK-PROHIBITED"));

        var letter = await ComposeAsync(parked, DocumentKind.Notice);

        Assert.Equal(30, letter.Terms.DefenceDays);
        Assert.True(letter.Facts.IsTrafficWithFixedFine);
        Assert.False(letter.Terms.OralHearingRight);
    }

    [Fact]
    public async Task ParentsLetter_ForAMinor_RecipientIsAMinor_AppealToTheYouthCourt()
    {
        var minor = harness.Store(TestCases.Gent(offender: TestCases.MinorLotte()));

        var letter = await ComposeAsync(minor, DocumentKind.ParentsInformation);

        Assert.Equal(DocumentKind.ParentsInformation, letter.Kind);
        Assert.True(letter.Recipient.IsMinor);
        Assert.Equal("Janssens Lotte", letter.Recipient.Name);
        Assert.Equal(["Kouter 3", "9000 Gent"], letter.Recipient.AddressLines);
        Assert.Equal(AppealCourt.YouthCourt, letter.Terms.AppealCourt);
        Assert.True(letter.Terms.OralHearingRight);
    }

    [Fact]
    public async Task Decision_CarriesTheDecisionAsTaken()
    {
        var fined = harness.Store(TestCases.Gent().WithFine(200m));

        var letter = await ComposeAsync(fined, DocumentKind.Decision);

        Assert.Equal(new LetterDecision(new DateOnly(2025, 4, 10), DecisionKind.Fine, 200m, null, null, "Reasons."), letter.Decision);
        Assert.Null(letter.Payment);
    }

    [Fact]
    public async Task PaymentInvitation_TheAmountTheDeadlineTheAccountAndTheStructuredCommunication()
    {
        harness.Gent.WithLetterhead();
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine(200m));

        var letter = await ComposeAsync(fined, DocumentKind.PaymentInvitation);

        Assert.Equal(
            new LetterPayment(200m, 0m, 200m, new DateOnly(2025, 6, 16), "BE68 5390 0754 7034", "GKCCBEBB", "+++250/0000/00186+++"),
            letter.Payment);
    }

    [Fact]
    public async Task PaymentReminder_AfterAPartPayment_TheOutstandingAmountAndTheReminderDeadline()
    {
        harness.Gent.WithLetterhead();
        var reminded = harness.Store(TestCases.Gent().WithEnforceableFine(200m));
        reminded.RegisterPayment(new DateOnly(2025, 6, 1), 50m, null, TestProcedure.At("2025-06-01"), TestProcedure.By);
        reminded.WithTimePassed("2025-06-20");

        var letter = await ComposeAsync(reminded, DocumentKind.PaymentReminder);

        Assert.Equal(
            new LetterPayment(200m, 50m, 150m, new DateOnly(2025, 7, 22), "BE68 5390 0754 7034", "GKCCBEBB", "+++250/0000/00186+++"),
            letter.Payment);
        Assert.Equal(30, letter.Terms.ReminderTermDays);
    }

    private async Task<LetterContent> ComposeAsync(Case of, DocumentKind kind) =>
        LetterComposer.Compose(await harness.ContextAsync(of), kind, LetterDate);
}
