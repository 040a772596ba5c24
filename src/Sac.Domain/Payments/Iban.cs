namespace Sac.Domain.Payments;

/// <summary>The International Bank Account Number (ISO 13616) as banks read it: compact, upper case, check digits verified.</summary>
public static class Iban
{
    /// <summary>"be68 5390 0754 7034" becomes "BE68539007547034": spaces and punctuation dropped, letters upper case.</summary>
    public static string Compact(string iban) => new string([.. iban.Where(char.IsLetterOrDigit)]).ToUpperInvariant();

    /// <summary>For a compact IBAN: the country code and check digits moved to the end, letters as numbers, modulo 97 is 1.</summary>
    public static bool IsValid(string compactIban)
    {
        if (compactIban.Length is < 15 or > 34
            || !char.IsAsciiLetterUpper(compactIban[0])
            || !char.IsAsciiLetterUpper(compactIban[1])
            || !compactIban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in compactIban[4..] + compactIban[..4])
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = ((remainder * (value < 10 ? 10 : 100)) + value) % 97;
        }

        return remainder == 1;
    }
}
