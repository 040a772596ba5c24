using System.Text.RegularExpressions;
using Sac.Domain.Offenders;

namespace Sac.Application.DataProtection;

/// <summary>
/// A national register number as lists and exports show it to people who do not handle the case: <c>88.02.29-***.**</c>.
/// The birth date part stays — it is the birth date the case shows anyway, and it tells two people of the same name apart —
/// while the sequence and check digits go: without them the number can no longer be used to look the person up, to link
/// files or to tell the sex, which is what the law restricts the number's use for.
/// </summary>
public static partial class NationalNumberMask
{
    /// <summary>What a value that is not a national register number becomes: nothing of it is shown.</summary>
    public const string Hidden = "**.**.**-***.**";

    /// <summary>The number masked (<see cref="NationalRegisterNumber.Masked"/>); null stays null.</summary>
    public static string? Mask(string? number) => number is null
        ? null
        : NationalRegisterNumber.Create(number).Match(n => n.Masked, _ => Hidden);

    /// <summary>
    /// Masks every valid national register number written in a text (11 digits, with or without the usual dots and dash),
    /// such as an offender's display name, which is the number when no name is known.
    /// </summary>
    public static string? MaskWithin(string? text) => string.IsNullOrEmpty(text)
        ? text
        : WrittenNumber().Replace(text, m => NationalRegisterNumber.Create(m.Value).Match(n => n.Masked, _ => m.Value));

    [GeneratedRegex(@"(?<!\d)\d{2}\.?\d{2}\.?\d{2}[-.\s]?\d{3}\.?\d{2}(?!\d)")]
    private static partial Regex WrittenNumber();
}
