using System.Globalization;
using Sac.Application.Letters;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>
/// The language of a letter: picks the Dutch or the French form of a phrase and writes dates, times and
/// amounts the Belgian way ("10 maart 2025", "1er mars 2025", "14.30 uur", "14h30", "1.250,00 €").
/// </summary>
internal sealed class LetterLanguage
{
    /// <summary>Keeps a French colon and its label on one line.</summary>
    public const string NoBreakSpace = BelgianFormat.NoBreakSpace;

    public static readonly LetterLanguage Dutch = new(isDutch: true, "nl-BE");
    public static readonly LetterLanguage French = new(isDutch: false, "fr-BE");

    private readonly CultureInfo culture;

    private LetterLanguage(bool isDutch, string cultureName)
    {
        IsDutch = isDutch;
        culture = CultureInfo.GetCultureInfo(cultureName);
    }

    public bool IsDutch { get; }

    private string Code => IsDutch ? "nl" : "fr";

    /// <summary>"nl" or "fr" (a region suffix such as "nl-BE" is accepted); anything else is not a language Sac writes in.</summary>
    public static LetterLanguage Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var language = code.Split('-', '_')[0].Trim();
        if (language.Equals("nl", StringComparison.OrdinalIgnoreCase))
        {
            return Dutch;
        }

        if (language.Equals("fr", StringComparison.OrdinalIgnoreCase))
        {
            return French;
        }

        throw new ArgumentException($"Letters are written in Dutch (\"nl\") or French (\"fr\"), not in \"{code}\".", nameof(code));
    }

    public string Say(string dutch, string french) => IsDutch ? dutch : french;

    /// <summary>"Betreft:" / "Objet :" (French puts a space before the colon).</summary>
    public string Label(string dutch, string french) => IsDutch ? dutch + ":" : french + NoBreakSpace + ":";

    /// <summary>"10 maart 2025" / "10 mars 2025", and "1er mars 2025" in French.</summary>
    public string Date(DateOnly date) => BelgianFormat.Date(date, Code);

    /// <summary>"14.30 uur" / "14h30".</summary>
    public string Time(DateTime time) => BelgianFormat.Time(time, Code);

    public string Number(int number) => number.ToString(culture);

    public string Days(int days) => Number(days) + " " + (days == 1 ? Say("dag", "jour") : Say("dagen", "jours"));

    public string Months(int months) => Number(months) + " " + (months == 1 ? Say("maand", "mois") : Say("maanden", "mois"));

    public string Hours(int hours) => Number(hours) + " " + (hours == 1 ? Say("uur", "heure") : Say("uur", "heures"));

    /// <summary>"3de" / "3e", "1ste" / "1er", "8ste", "20ste".</summary>
    public string Ordinal(int number)
    {
        if (!IsDutch)
        {
            return Number(number) + (number == 1 ? "er" : "e");
        }

        return Number(number) + (number is 1 or 8 || number >= 20 ? "ste" : "de");
    }
}
