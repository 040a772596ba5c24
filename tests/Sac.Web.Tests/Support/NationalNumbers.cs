using System.Globalization;

namespace Sac.Web.Tests.Support;

/// <summary>Valid national register numbers for a birth date (gas-law.md §10.1), so each test can use its own person.</summary>
public static class NationalNumbers
{
    /// <summary>The api-v1.md example person, born 1988-02-29.</summary>
    public const string Example = "88022999990";

    public static string For(DateOnly birthDate, int serial)
    {
        var firstNine = (long.Parse(birthDate.ToString("yyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) * 1000) + serial;
        var checkedValue = birthDate.Year >= 2000 ? 2_000_000_000 + firstNine : firstNine;
        var check = 97 - (checkedValue % 97);
        return string.Create(CultureInfo.InvariantCulture, $"{firstNine:D9}{check:D2}");
    }

    private static int lastSerial;

    /// <summary>A number for the birth date with a serial no other call in this test run gets.</summary>
    public static string Unique(DateOnly birthDate) => For(birthDate, (Interlocked.Increment(ref lastSerial) % 997) + 1);
}
