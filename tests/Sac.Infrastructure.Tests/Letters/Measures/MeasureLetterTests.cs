using Sac.Application.Letters;
using Sac.Application.Measures;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.PlaceBans;
using Sac.Infrastructure.Letters.Measures;
using UglyToad.PdfPig;

namespace Sac.Infrastructure.Tests.Letters.Measures;

/// <summary>The letters of the college's sanctions and the mayor's place bans, in Dutch and French, read back from the PDF.</summary>
public sealed class MeasureLetterTests
{
    private static readonly MeasureSender Gent = new("Gent", "Botermarkt 1", "9000", "Gent", "gas@stad.gent", "09 210 10 10");
    private static readonly MeasureSender Liege = new("Liège", "Place du Marché 2", "4000", "Liège", "sac@liege.be", "04 221 80 11");
    private static readonly LetterRecipient Holder = new("Café De Hoek BV", ["Korenmarkt 1", "9000 Gent"], IsMinor: false);

    private static readonly IReadOnlyList<RegulationExtract> DutchExtract =
        [new("NIGHT-NOISE", "art. 44", "Nachtlawaai dat de rust van de omwonenden verstoort")];

    private static readonly IReadOnlyList<RegulationExtract> FrenchExtract =
        [new("NIGHT-NOISE", "art. 44", "Tapage nocturne troublant la tranquillité des habitants")];

    [Fact]
    public void Dutch_warning_quotes_the_regulation_and_the_possible_sanctions()
    {
        var text = Render(new CollegeWarningLetter("nl", Gent, Holder, "AB12CD34", new DateOnly(2025, 3, 1), "Terrasvergunning Korenmarkt 1", DutchExtract));

        Assert.Contains("Betreft: voorafgaande waarschuwing", text);
        Assert.Contains("Uittreksel uit het politiereglement art. 44 Nachtlawaai dat de rust van de omwonenden verstoort (code NIGHT-NOISE)", text);
        Assert.Contains("Terrasvergunning Korenmarkt 1", text);
        Assert.Contains("schorsen of intrekken", text);
        Assert.Contains("Gent, 1 maart 2025", text);
        Assert.Contains("Het college van burgemeester en schepenen", text);
        Assert.DoesNotContain("sanctionerend ambtenaar", text);
    }

    [Fact]
    public void French_warning_quotes_the_regulation_in_French()
    {
        var text = Render(new CollegeWarningLetter("fr", Liege, Holder, "AB12CD34", new DateOnly(2025, 3, 1), "Terrasse", FrenchExtract));

        Assert.Contains("Objet : avertissement préalable", text);
        Assert.Contains("Extrait du règlement de police art. 44 Tapage nocturne troublant la tranquillité des habitants (code NIGHT-NOISE)", text);
        Assert.Contains("Liège, 1er mars 2025", text);
        Assert.Contains("Le collège communal", text);
        Assert.DoesNotContain("Nachtlawaai", text);
    }

    [Fact]
    public void Dutch_decision_states_kind_dates_reasons_and_the_Council_of_State()
    {
        var text = Render(Decision("nl", DutchExtract, CollegeSanctionKind.TemporaryClosure, new DateOnly(2025, 3, 20)));

        Assert.Contains("Betreft: beslissing van het college", text);
        Assert.Contains("Na de voorafgaande waarschuwing van 1 maart 2025", text);
        Assert.Contains("op 5 maart 2025", text);
        Assert.Contains("tijdelijke administratieve sluiting van de inrichting", text);
        Assert.Contains("Ingaand op: 6 maart 2025", text);
        Assert.Contains("Tot en met: 20 maart 2025", text);
        Assert.Contains("Motivering Herhaalde klachten.", text);
        Assert.Contains("binnen 60 dagen", text);
        Assert.Contains("Raad van State / Conseil d'État", text);
    }

    [Fact]
    public void French_definitive_closure_has_no_last_day()
    {
        var text = Render(Decision("fr", FrenchExtract, CollegeSanctionKind.DefinitiveClosure, null));

        Assert.Contains("Objet : décision du collège communal", text);
        Assert.Contains("fermeture administrative définitive de l'établissement", text);
        Assert.Contains("À partir du : 6 mars 2025", text);
        Assert.Contains("définitive, sans date de fin", text);
        Assert.Contains("dans les 60 jours", text);
        Assert.Contains("Raad van State / Conseil d'État", text);
    }

    [Theory]
    [InlineData("nl", 1, "Betreft: tijdelijk plaatsverbod", "Van: 1 april 2025", "Tot en met: 30 april 2025", "1 van ten hoogste 3", "27 februari 2025", "De burgemeester")]
    [InlineData("fr", 2, "Objet : renouvellement de l'interdiction temporaire de lieu", "Du : 1er avril 2025", "Jusqu'au : 30 avril 2025", "2 sur 3 au plus", "27 février 2025", "Le bourgmestre")]
    public void Place_ban_states_place_dates_grounds_and_appeal(
        string language, int number, string subject, string from, string until, string period, string heardOn, string signature)
    {
        var letter = new PlaceBanLetter(
            language, Gent, new LetterRecipient("Jan Peeters", ["Kerkstraat 1", "9000 Gent"], IsMinor: false), "EF56GH78", new DateOnly(2025, 3, 25),
            new PlaceBanPeriod(number, new DateOnly(2025, 3, 25), new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)), 1, 3,
            "Korenmarkt en Graslei", PlaceBanGround.RepeatedInfractions, "Drie keer wildplassen.", new DateOnly(2025, 2, 27), 60);

        var text = Render(letter);

        Assert.Contains(subject, text);
        Assert.Contains("Korenmarkt en Graslei", text);
        Assert.Contains(from, text);
        Assert.Contains(until, text);
        Assert.Contains(period, text);
        Assert.Contains("Drie keer wildplassen.", text);
        Assert.Contains(heardOn, text);
        Assert.Contains("Raad van State / Conseil d'État", text);
        Assert.Contains(signature, text);
    }

    private static CollegeDecisionLetter Decision(string language, IReadOnlyList<RegulationExtract> extract, CollegeSanctionKind kind, DateOnly? endsOn) =>
        new(
            language, language == "nl" ? Gent : Liege, Holder, "AB12CD34", new DateOnly(2025, 3, 7), "Terrasvergunning", extract, kind,
            new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 6), endsOn, "Herhaalde klachten.", 60);

    private static string Render(MeasureLetter letter)
    {
        using var document = PdfDocument.Open(new PdfMeasureLetterRenderer().Render(letter));
        return RenderedLetter.Normalise(string.Join(" ", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text)))));
    }
}
