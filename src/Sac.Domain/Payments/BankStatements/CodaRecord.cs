using System.Globalization;
using Sac.Domain.Common;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// One 128-character CODA record and its line number in the file. Positions are 1-based and inclusive, as in the
/// Febelfin specification, so the code reads like the specification's tables. Field readers report a field-level
/// error into <paramref name="Errors"/> instead of throwing.
/// </summary>
internal sealed record CodaRecord(int LineNumber, string Text, List<Error> Errors)
{
    public const int Length = 128;

    public string Field(int from, int to) => Text[(from - 1)..to];

    public string? Trimmed(int from, int to) => Field(from, to).Trim() is { Length: > 0 } value ? value : null;

    /// <summary>A date written DDMMYY; 000000 means "no date" where the specification allows it.</summary>
    public DateOnly? Date(int from, string name, bool optional = false)
    {
        var raw = Field(from, from + 5);
        if (optional && raw == "000000")
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "ddMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Invalid(from, from + 5, name, $"'{raw}' is not a date DDMMYY");
        return null;
    }

    /// <summary>A sign code (0 credit, 1 debit) followed by an amount of 15 digits, the last three decimals.</summary>
    public decimal? SignedAmount(int signPosition, string name)
    {
        var sign = Text[signPosition - 1];
        var digits = Field(signPosition + 1, signPosition + 15);
        if (sign is not ('0' or '1'))
        {
            Invalid(signPosition, signPosition, $"{name} sign", $"'{sign}' is neither 0 (credit) nor 1 (debit)");
            return null;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            Invalid(signPosition + 1, signPosition + 15, name, $"'{digits}' is not 15 digits");
            return null;
        }

        var amount = long.Parse(digits, CultureInfo.InvariantCulture) / 1000m;
        return sign == '1' ? -amount : amount;
    }

    public void Invalid(int from, int to, string name, string problem) =>
        Errors.Add(new Error(
            "CODA_FIELD_INVALID",
            $"Line {LineNumber}, positions {from}-{to} ({name}): {problem}.",
            Field: $"line {LineNumber}: {name}"));
}
