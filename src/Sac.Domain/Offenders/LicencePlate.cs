using System.Text;
using System.Text.RegularExpressions;
using Sac.Domain.Common;

namespace Sac.Domain.Offenders;

/// <summary>
/// A licence plate with the country that issued it (gas-law.md §10.4). Plates belong to the holder,
/// not to the vehicle, so a DIV lookup needs the plate and the date of the facts as well.
/// </summary>
/// <remarks>
/// Belgian plates are accepted when, after normalising, they match one of:
/// <code>
///   [1-9][A-NP-Z]{3}[0-9]{3}     EU format since 16 Nov 2010 (1-ABC-123); the letter O is never issued
///   [MQOSG][A-NP-Z]{3}[0-9]{3}   category prefix in place of the digit since 2014: M motorcycle,
///                                Q trailer, O oldtimer, S moped, G tractor
///   T[XL][A-Z]{2}[0-9]{3}        licensed taxi T-X.. and rental with driver T-L.. (T-XAA-123)
///   [ZV][A-Z]{2}[0-9]{3}         commercial (mint green) plates
///   [A-Z]{3}[0-9]{3}             older ABC-123
///   [0-9]{3}[A-Z]{3}             older 123-ABC
///   CD[0-9]{1,10}                diplomatic
///   [A-Z][A-Z0-9]{1,7}           personalised: 2 to 8 characters starting with a letter
/// </code>
/// The personalised rule accepts almost any short string that starts with a letter, so every
/// letter-first pattern above it only matters for <see cref="Display"/>. That is deliberate: personalised
/// plates are free combinations, only the DIV knows which were issued, and a typo surfaces when the DIV
/// lookup finds no holder. A plate that starts with a digit must be EU format or 123-ABC, which is what
/// catches a mistyped EU plate such as 1-ABO-123. Digits-only plates are reserved for the Royal house and
/// rejected. Foreign plates get no format check: Sac cannot look them up anyway.
/// </remarks>
public sealed partial record LicencePlate
{
    private const string Belgium = "BE";

    // Longer than any plate format we know of; a longer input is a paste error.
    private const int MaxLength = 12;

    private static readonly Error Required = new("PLATE_REQUIRED", "The licence plate is required.");
    private static readonly Error BadCountry = new("PLATE_COUNTRY", "The country of the licence plate must be a two-letter ISO 3166-1 code.");
    private static readonly Error BadFormat = new("PLATE_FORMAT", "The licence plate has an unknown format.");

    private LicencePlate(string value, string country)
    {
        Value = value;
        Country = country;
    }

    /// <summary>Uppercase, without spaces, dots or dashes.</summary>
    public string Value { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the issuing country, uppercase.</summary>
    public string Country { get; }

    public bool IsBelgian => Country == Belgium;

    /// <summary><c>1-ABC-123</c> for Belgian EU-format plates (digit, category or taxi prefix); otherwise <see cref="Value"/>.</summary>
    public string Display => IsBelgian && EuFormat().IsMatch(Value) ? $"{Value[..1]}-{Value[1..4]}-{Value[4..]}" : Value;

    public static Result<LicencePlate> Create(string? plate, string? country)
    {
        var value = Normalise(plate);
        if (value.Length == 0)
        {
            return Required;
        }

        var countryCode = country?.Trim().ToUpperInvariant();
        if (countryCode is null || countryCode.Length != 2 || !countryCode.All(char.IsAsciiLetterUpper))
        {
            return BadCountry;
        }

        var valid = value.Length <= MaxLength
            && (countryCode == Belgium ? IsBelgianFormat(value) : value.All(IsForeignPlateCharacter));
        return valid ? new LicencePlate(value, countryCode) : BadFormat;
    }

    public override string ToString() => Value;

    private static string Normalise(string? plate)
    {
        if (plate is null)
        {
            return string.Empty;
        }

        var value = new StringBuilder(plate.Length);
        foreach (var c in plate.Normalize(NormalizationForm.FormC).ToUpperInvariant())
        {
            if (c is not ('.' or '-') && !char.IsWhiteSpace(c))
            {
                value.Append(c);
            }
        }

        return value.ToString();
    }

    private static bool IsBelgianFormat(string value) =>
        EuFormat().IsMatch(value) || OtherBelgianFormat().IsMatch(value) || Personalised().IsMatch(value);

    // Foreign plates may carry national letters (German Ö, Czech Š …), so any letter is accepted.
    private static bool IsForeignPlateCharacter(char c) => char.IsLetter(c) || char.IsAsciiDigit(c);

    [GeneratedRegex("^(?:[1-9]|[MQOSG])[A-NP-Z]{3}[0-9]{3}$|^T[XL][A-Z]{2}[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex EuFormat();

    [GeneratedRegex("^(?:[ZV][A-Z]{2}[0-9]{3}|[A-Z]{3}[0-9]{3}|[0-9]{3}[A-Z]{3}|CD[0-9]{1,10})$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherBelgianFormat();

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Personalised();
}
