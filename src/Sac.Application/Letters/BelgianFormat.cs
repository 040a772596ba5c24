using System.Globalization;

namespace Sac.Application.Letters;

/// <summary>
/// Dates, times and amounts as Belgian letters write them, in Dutch ("nl") or French ("fr"): "10 maart 2025",
/// "1er mars 2025", "14.30 uur", "14h30", "1.250,00 €". Letters and drafted reasons use the same forms.
/// </summary>
public static class BelgianFormat
{
    /// <summary>Keeps an amount and its euro sign on one line.</summary>
    public const string NoBreakSpace = "\u00A0";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");

    // Belgian practice in both languages: a dot between thousands, a comma before the cents.
    private static readonly NumberFormatInfo Amounts = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };

    public static string Date(DateOnly date, string language) =>
        IsFrench(language) && date.Day == 1
            ? "1er " + date.ToString("MMMM yyyy", French)
            : date.ToString("d MMMM yyyy", IsFrench(language) ? French : Dutch);

    public static string Time(DateTime time, string language) =>
        IsFrench(language) ? time.ToString("H'h'mm", French) : time.ToString("H.mm", Dutch) + " uur";

    public static string Amount(decimal amount) => amount.ToString("#,##0.00", Amounts) + NoBreakSpace + "€";

    private static bool IsFrench(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
}
