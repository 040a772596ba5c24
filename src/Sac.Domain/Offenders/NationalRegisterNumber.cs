using Sac.Domain.Common;

namespace Sac.Domain.Offenders;

/// <summary>
/// A Belgian National Register number (rijksregisternummer / numéro de registre national) or BIS
/// number: <c>YYMMDD SSS CC</c> (gas-law.md §10.1–10.2). The century is not written in the number;
/// the check digits tell it. Month 00 and day 00 mean "unknown" and are valid; a BIS number adds 20
/// (sex unknown when issued) or 40 (sex known) to the month.
/// </summary>
public sealed record NationalRegisterNumber
{
    private const int Length = 11;

    // From 2000 the checksum is computed over the nine digits prefixed with a 2 (gas-law.md §10.1).
    private const long From2000Prefix = 2_000_000_000;

    private static readonly Error Required = new("NRN_REQUIRED", "The national register number is required.");
    private static readonly Error BadFormat = new("NRN_FORMAT", "A national register number has 11 digits.");
    private static readonly Error BadChecksum = new("NRN_CHECKSUM", "The check digits of the national register number are wrong.");
    private static readonly Error BadDate = new("NRN_DATE", "The national register number contains an impossible date of birth.");

    private NationalRegisterNumber(string value, BirthReading reading)
    {
        Value = value;
        IsBis = reading.MonthOffset > 0;
        BirthYear = reading.Year;
        BirthMonth = reading.Month;
        BirthDay = reading.Day;
        BirthDate = reading.Month is { } month && reading.Day is { } day ? new DateOnly(reading.Year, month, day) : null;
        Sex = reading.MonthOffset == 20 ? Sex.Unknown : (value[8] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
    }

    /// <summary>The 11 digits, without separators.</summary>
    public string Value { get; }

    public bool IsBis { get; }

    /// <summary>The four-digit year, its century taken from the check digits.</summary>
    public int BirthYear { get; }

    /// <summary>1–12 with any BIS offset removed; null when the number gives month 00 (unknown).</summary>
    public int? BirthMonth { get; }

    /// <summary>Null when the number gives day 00 (unknown).</summary>
    public int? BirthDay { get; }

    /// <summary>Null unless both month and day are known; prefer the register's date when there is one.</summary>
    public DateOnly? BirthDate { get; }

    /// <summary>Odd sequence = male, even = female; Unknown for a BIS number issued with the +20 month offset.</summary>
    public Sex Sex { get; }

    /// <summary><c>YY.MM.DD-SSS.CC</c>.</summary>
    public string Formatted => $"{Value[..2]}.{Value[2..4]}.{Value[4..6]}-{Value[6..9]}.{Value[9..]}";

    /// <summary>Sequence and check digits hidden, for lists where the full number is not needed.</summary>
    public string Masked => $"{Value[..2]}.{Value[2..4]}.{Value[4..6]}-***.**";

    public static Result<NationalRegisterNumber> Create(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Required;
        }

        var digits = IdentifierText.DigitsOnly(input);
        if (digits is null || digits.Length != Length)
        {
            return BadFormat;
        }

        var firstNine = IdentifierText.ToNumber(digits.AsSpan(0, 9));
        var checkDigits = IdentifierText.ToNumber(digits.AsSpan(9, 2));
        var before2000 = 97 - (firstNine % 97) == checkDigits;
        var from2000 = 97 - ((From2000Prefix + firstNine) % 97) == checkDigits;
        if (!before2000 && !from2000)
        {
            return BadChecksum;
        }

        // Both formulas never match the same digits (2 000 000 000 mod 97 = 68), so one century is read.
        var reading = BirthReading.Read(digits, before2000 ? 1900 : 2000);
        return reading is null ? BadDate : new NationalRegisterNumber(digits, reading);
    }

    public override string ToString() => Value;

    /// <summary>The date part of the number read in one century; null when that date is impossible.</summary>
    private sealed record BirthReading(int Year, int? Month, int? Day, int MonthOffset)
    {
        private const int MaxDay = 31;

        public static BirthReading? Read(string digits, int century)
        {
            var year = century + (int)IdentifierText.ToNumber(digits.AsSpan(0, 2));
            var encodedMonth = (int)IdentifierText.ToNumber(digits.AsSpan(2, 2));
            var day = (int)IdentifierText.ToNumber(digits.AsSpan(4, 2));

            // 0–12 ordinary, 20–32 BIS issued without sex, 40–52 BIS issued with sex.
            var offset = encodedMonth switch
            {
                <= 12 => 0,
                >= 20 and <= 32 => 20,
                >= 40 and <= 52 => 40,
                _ => -1,
            };
            if (offset < 0)
            {
                return null;
            }

            var month = encodedMonth - offset;
            var lastDay = month == 0 ? MaxDay : DateTime.DaysInMonth(year, month);
            if (day > lastDay)
            {
                return null;
            }

            return new BirthReading(year, month == 0 ? null : month, day == 0 ? null : day, offset);
        }
    }
}
