using System.Globalization;

namespace Sac.Benchmarks.Generation;

/// <summary>Valid Belgian identifiers made up from a random source; the domain's value objects check each one.</summary>
internal static class Identifiers
{
    private const string PlateLetters = "ABCDEFGHIJKLMNPQRSTUVWXYZ";

    /// <summary>A national register number: birth date, serial (odd for men, even for women), check digits (gas-law.md §10.1).</summary>
    public static string NationalRegisterNumber(DateOnly birthDate, int serial)
    {
        var firstNine = (long.Parse(birthDate.ToString("yyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) * 1000) + serial;
        var checkedValue = birthDate.Year >= 2000 ? 2_000_000_000 + firstNine : firstNine;
        return string.Create(CultureInfo.InvariantCulture, $"{firstNine:D9}{97 - (checkedValue % 97):D2}");
    }

    /// <summary>An enterprise number (KBO/BCE) starting with 0: eight digits and their modulo-97 check.</summary>
    public static string EnterpriseNumber(Random random)
    {
        var firstEight = random.Next(2_000_000, 9_999_999);
        return string.Create(CultureInfo.InvariantCulture, $"{firstEight:D8}{97 - (firstEight % 97):D2}");
    }

    /// <summary>A Belgian plate in the EU format since 2010, 1-ABC-123 (the letter O is never issued).</summary>
    public static string BelgianPlate(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 10)}-{Letters(random, 3)}-{random.Next(0, 1000):D3}");

    public static string ForeignPlate(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Letters(random, 2)}-{random.Next(100, 1000)}-{Letters(random, 2)}");

    private static string Letters(Random random, int count) =>
        new([.. Enumerable.Range(0, count).Select(_ => PlateLetters[random.Next(PlateLetters.Length)])]);
}
