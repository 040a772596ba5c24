using System.Globalization;
using Sac.Domain.Common;

namespace Sac.Domain.Payments;

/// <summary>
/// The Belgian structured communication (gestructureerde mededeling / communication structurée):
/// ten digits and two check digits, the ten modulo 97 (97 when the remainder is 0), written
/// +++ddd/dddd/ddddd+++. Banks refuse a transfer whose check digits are wrong.
/// </summary>
public sealed record StructuredCommunication
{
    private const long MaximumBase = 9_999_999_999;

    private StructuredCommunication(long digits) => Digits = digits;

    /// <summary>The twelve digits, check digits last.</summary>
    public long Digits { get; }

    /// <summary>For a case: the last two digits of the year, then the case's sequence number in that year (8 digits).</summary>
    public static StructuredCommunication ForCase(int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 99_999_999);
        return FromBase(((year % 100) * 100_000_000L) + sequence);
    }

    public static StructuredCommunication FromBase(long tenDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tenDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tenDigits, MaximumBase);
        return new StructuredCommunication((tenDigits * 100) + CheckDigits(tenDigits));
    }

    /// <summary>Reads +++123/4567/89002+++, 123/4567/89002 or the bare twelve digits; anything else, or wrong check digits, is refused.</summary>
    public static Result<StructuredCommunication> Parse(string? text)
    {
        var digits = new string((text ?? string.Empty).Where(c => !(c is '+' or '/' or '*' or ' ')).ToArray());
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit))
        {
            return Invalid;
        }

        var all = long.Parse(digits, CultureInfo.InvariantCulture);
        var tenDigits = all / 100;
        return all % 100 == CheckDigits(tenDigits) ? new StructuredCommunication(all) : Invalid;
    }

    public override string ToString()
    {
        var d = Digits.ToString("D12", CultureInfo.InvariantCulture);
        return $"+++{d[..3]}/{d[3..7]}/{d[7..]}+++";
    }

    private static readonly Error Invalid =
        new("STRUCTURED_COMMUNICATION_INVALID", "This is not a valid structured communication.", Field: "communication");

    private static long CheckDigits(long tenDigits) => tenDigits % 97 is 0 ? 97 : tenDigits % 97;
}
