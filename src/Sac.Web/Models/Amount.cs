using System.Globalization;

namespace Sac.Web.Models;

/// <summary>
/// Reads an amount typed in euro. Both "350,50" and "350.50" mean three hundred and fifty euro fifty:
/// binding with the nl-BE culture would read the dot as a thousands separator and store 35050.
/// </summary>
public static class Amount
{
    public static bool TryParse(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var cleaned = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '€')]).Replace(',', '.');
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        amount = parsed;
        return true;
    }
}
