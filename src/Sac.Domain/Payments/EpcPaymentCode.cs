using System.Globalization;
using System.Text;
using Sac.Domain.Common;

namespace Sac.Domain.Payments;

/// <summary>
/// The text of an EPC QR code (EPC069-12, version 002): a SEPA credit transfer that a bank app fills in when it scans
/// the code. One element a line, separated by LF, in UTF-8 (character set 1), at most 331 bytes:
/// BCD, 002, 1, SCT, BIC, beneficiary, IBAN, EUR amount, purpose (empty), structured remittance, and nothing after it.
/// </summary>
/// <remarks>
/// The Belgian structured communication goes in the structured remittance element as its twelve bare digits: that is
/// how Belgian banks (Febelfin) read it there, and the +++ decoration would make it a text they must parse. The
/// unstructured remittance and the note to the payer are left out, since the standard forbids both kinds at once and
/// trailing empty elements may be omitted.
/// </remarks>
public sealed record EpcPaymentCode
{
    public const int MaximumNameLength = 70;
    public const int MaximumBytes = 331;
    public const decimal MinimumAmount = 0.01m;
    public const decimal MaximumAmount = 999_999_999.99m;

    private EpcPaymentCode(string payload) => Payload = payload;

    /// <summary>The text to encode in the QR code, with error correction level M as EPC069-12 requires.</summary>
    public string Payload { get; }

    /// <param name="bic">Optional in version 002; empty leaves it out.</param>
    /// <param name="iban">As printed or compact: spaces are dropped.</param>
    public static Result<EpcPaymentCode> Create(
        string beneficiaryName, string iban, string? bic, decimal amount, StructuredCommunication communication)
    {
        ArgumentNullException.ThrowIfNull(beneficiaryName);
        ArgumentNullException.ThrowIfNull(iban);
        ArgumentNullException.ThrowIfNull(communication);
        var errors = new List<Error>();
        var name = beneficiaryName.Trim();
        if (name.Length is 0 or > MaximumNameLength)
        {
            errors.Add(new Error("EPC_BENEFICIARY_INVALID", $"The beneficiary's name takes 1 to {MaximumNameLength} characters.", Field: "beneficiaryName"));
        }

        var compactIban = Iban.Compact(iban);
        if (!Iban.IsValid(compactIban))
        {
            errors.Add(new Error("IBAN_INVALID", "This is not a valid IBAN.", Field: "iban"));
        }

        var compactBic = (bic ?? string.Empty).Trim().ToUpperInvariant();
        if (compactBic.Length > 0 && !IsBic(compactBic))
        {
            errors.Add(new Error("BIC_INVALID", "This is not a valid BIC.", Field: "bic"));
        }

        if (amount is < MinimumAmount or > MaximumAmount || decimal.Round(amount, 2) != amount)
        {
            errors.Add(new Error("EPC_AMOUNT_INVALID", $"A transfer code states EUR {MinimumAmount} to EUR {MaximumAmount}, in cents.", Field: "amount"));
        }

        if (errors.Count > 0)
        {
            return Result<EpcPaymentCode>.Failure(errors);
        }

        var payload = string.Join(
            '\n',
            "BCD",
            "002",
            "1",
            "SCT",
            compactBic,
            name,
            compactIban,
            "EUR" + amount.ToString("0.00", CultureInfo.InvariantCulture),
            string.Empty,
            communication.Digits.ToString("D12", CultureInfo.InvariantCulture));

        // Unreachable with the limits above (at most about 300 bytes), but the bank apps refuse anything longer.
        return Encoding.UTF8.GetByteCount(payload) > MaximumBytes
            ? new Error("EPC_PAYLOAD_TOO_LONG", $"An EPC QR code holds at most {MaximumBytes} bytes.")
            : new EpcPaymentCode(payload);
    }

    public override string ToString() => Payload;

    /// <summary>ISO 9362: bank, country, location, and an optional branch: 8 or 11 letters and digits.</summary>
    private static bool IsBic(string bic) =>
        bic.Length is 8 or 11 && bic[..6].All(char.IsAsciiLetterUpper) && bic[6..].All(char.IsAsciiLetterOrDigit);
}
