using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Sac.Web.Models;

/// <summary>Belgian display formats in the current culture: dd/MM/yyyy, 24-hour times, "€ 350,00" (nl) or "350,00 €" (fr).</summary>
public static class Formats
{
    /// <summary>Shown where a value does not exist (yet), such as a deadline whose period has not started.</summary>
    public const string None = "—";

    // Quoted slashes: in a custom format "/" means the culture's date separator, and the brief wants slashes.
    private const string DatePattern = "dd'/'MM'/'yyyy";

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString(DatePattern, CultureInfo.CurrentCulture) : None;

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } i ? BrusselsTime.ToLocal(i).ToString(DatePattern + " HH:mm", CultureInfo.CurrentCulture) : None;

    public static string Money(decimal? amount) =>
        amount is { } a ? a.ToString("C", CultureInfo.CurrentCulture) : None;

    /// <summary>An amount as the user types it back into a form: no currency, no trailing ",00".</summary>
    public static string? AmountInput(decimal? amount) =>
        amount?.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A file size as people read it, with the unit the language writes ("12 kB", "12 ko").</summary>
    public static string Size(long bytes, IStringLocalizer localizer) => bytes switch
    {
        < 1024 => localizer["Size.Bytes", bytes],
        < 1024 * 1024 => localizer["Size.KiloBytes", Math.Round(bytes / 1024.0)],
        _ => localizer["Size.MegaBytes", Math.Round(bytes / (1024.0 * 1024), 1)],
    };

    /// <summary>The start of a SHA-256 digest, enough to compare by eye; the full value goes in a title.</summary>
    public static string ShortDigest(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256;

    /// <summary>YY.MM.DD-SSS.CC, as people read it off an identity card.</summary>
    public static string NationalRegisterNumber(string? number) => number is null
        ? None
        : Sac.Domain.Offenders.NationalRegisterNumber.Create(number).Match(n => n.Formatted, _ => number);

    /// <summary>0XXX.XXX.XXX, as the enterprise register writes it.</summary>
    public static string EnterpriseNumber(string? number) => number is null
        ? None
        : Sac.Domain.Offenders.EnterpriseNumber.Create(number).Match(n => n.Formatted, _ => number);

    /// <summary>1-ABC-123 for Belgian EU-format plates; other plates as stored.</summary>
    public static string Plate(string? plate, string? country) => plate is null
        ? None
        : Sac.Domain.Offenders.LicencePlate.Create(plate, country).Match(p => p.Display, _ => plate);

    /// <summary>"nl" or "fr": picks the NL or FR text of a municipality or an infraction.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static string Pick(string nl, string fr) => Language == "fr" ? fr : nl;
}
