using System.Text;

namespace Sac.Domain.Offenders;

/// <summary>Shared input clean-up for numeric identifiers that people type with dots, dashes and spaces.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Removes dots, dashes and white space; returns null when anything else than an ASCII digit
    /// remains, so that a letter is reported as a format error rather than silently dropped.
    /// </summary>
    public static string? DigitsOnly(string input)
    {
        var digits = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            if (c is '.' or '-' || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            digits.Append(c);
        }

        return digits.ToString();
    }

    /// <summary>The integer value of an all-digit span; the callers guarantee digits and at most 18 of them.</summary>
    public static long ToNumber(ReadOnlySpan<char> digits)
    {
        long number = 0;
        foreach (var c in digits)
        {
            number = (number * 10) + (c - '0');
        }

        return number;
    }
}
