using Sac.Domain.Common;

namespace Sac.Domain.Offenders;

/// <summary>
/// A Belgian enterprise number (ondernemingsnummer KBO / numéro d'entreprise BCE), gas-law.md §10.3:
/// 10 digits starting with 0 or 1, the last two a mod-97 check on the first eight.
/// </summary>
public sealed record EnterpriseNumber
{
    private const int Length = 10;

    // Numbers issued before the 10-digit format had 9 digits; the KBO pads them with a leading 0.
    private const int OldLength = 9;

    // The VAT form of the same number is "BE" followed by the 10 digits.
    private const string VatPrefix = "BE";

    private static readonly Error Required = new("KBO_REQUIRED", "The enterprise number is required.");
    private static readonly Error BadFormat = new("KBO_FORMAT", "An enterprise number has 10 digits and starts with 0 or 1.");
    private static readonly Error BadChecksum = new("KBO_CHECKSUM", "The check digits of the enterprise number are wrong.");

    private EnterpriseNumber(string value) => Value = value;

    /// <summary>The 10 digits, without separators or BE prefix.</summary>
    public string Value { get; }

    /// <summary><c>0440.966.354</c>.</summary>
    public string Formatted => $"{Value[..4]}.{Value[4..7]}.{Value[7..]}";

    public static Result<EnterpriseNumber> Create(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Required;
        }

        var text = input.Trim();
        if (text.StartsWith(VatPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[VatPrefix.Length..];
        }

        var digits = IdentifierText.DigitsOnly(text);
        if (digits?.Length == OldLength)
        {
            digits = "0" + digits;
        }

        // Establishment-unit numbers (2–8) share the check but are not enterprises.
        if (digits is null || digits.Length != Length || digits[0] is not ('0' or '1'))
        {
            return BadFormat;
        }

        var firstEight = IdentifierText.ToNumber(digits.AsSpan(0, 8));
        var checkDigits = IdentifierText.ToNumber(digits.AsSpan(8, 2));
        return 97 - (firstEight % 97) == checkDigits ? new EnterpriseNumber(digits) : BadChecksum;
    }

    public override string ToString() => Value;
}
