using Sac.Application.Letters;
using Sac.Infrastructure.Letters.Wording;

namespace Sac.Infrastructure.Tests.Letters;

public sealed class LetterLanguageTests
{
    private static readonly LetterLanguage Dutch = LetterLanguage.Of("nl");
    private static readonly LetterLanguage French = LetterLanguage.Of("fr");

    [Theory]
    [InlineData("200", "200,00\u00A0€")]
    [InlineData("0.5", "0,50\u00A0€")]
    [InlineData("1250", "1.250,00\u00A0€")]
    [InlineData("1234567.891", "1.234.567,89\u00A0€")]
    public void Amounts_are_written_the_belgian_way_in_both_languages(string amount, string expected) =>
        Assert.Equal(expected, BelgianFormat.Amount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2025, 3, 10, "10 maart 2025", "10 mars 2025")]
    [InlineData(2025, 3, 1, "1 maart 2025", "1er mars 2025")]
    [InlineData(2024, 2, 29, "29 februari 2024", "29 février 2024")]
    [InlineData(2025, 8, 15, "15 augustus 2025", "15 août 2025")]
    [InlineData(2025, 12, 31, "31 december 2025", "31 décembre 2025")]
    public void Dates_are_written_out(int year, int month, int day, string dutch, string french)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(dutch, Dutch.Date(date));
        Assert.Equal(french, French.Date(date));
    }

    [Theory]
    [InlineData(1, "1ste", "1er")]
    [InlineData(2, "2de", "2e")]
    [InlineData(3, "3de", "3e")]
    [InlineData(8, "8ste", "8e")]
    [InlineData(19, "19de", "19e")]
    [InlineData(20, "20ste", "20e")]
    public void Ordinals(int number, string dutch, string french)
    {
        Assert.Equal(dutch, Dutch.Ordinal(number));
        Assert.Equal(french, French.Ordinal(number));
    }

    [Fact]
    public void Singular_and_plural()
    {
        Assert.Equal("1 maand", Dutch.Months(1));
        Assert.Equal("3 maanden", Dutch.Months(3));
        Assert.Equal("1 mois", French.Months(1));
        Assert.Equal("1 dag", Dutch.Days(1));
        Assert.Equal("15 jours", French.Days(15));
        Assert.Equal("1 heure", French.Hours(1));
        Assert.Equal("15 uur", Dutch.Hours(15));
    }

    [Fact]
    public void Times_use_the_local_conventions()
    {
        var time = new DateTime(2025, 3, 1, 9, 5, 0, DateTimeKind.Unspecified);

        Assert.Equal("9.05 uur", Dutch.Time(time));
        Assert.Equal("9h05", French.Time(time));
    }

    [Fact]
    public void French_labels_have_a_space_before_the_colon()
    {
        Assert.Equal("Objet\u00A0:", French.Label("Betreft", "Objet"));
        Assert.Equal("Betreft:", Dutch.Label("Betreft", "Objet"));
    }
}
