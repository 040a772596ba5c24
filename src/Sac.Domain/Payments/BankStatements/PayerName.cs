using System.Globalization;
using System.Text;
using Sac.Domain.Offenders;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// Compares the name a bank reports for the payer with the offender's: case, accents, punctuation and word order do
/// not count ("DUPONT MARIE-CLAIRE" is Marie-Claire Dupont), every word must be there and nothing else.
/// </summary>
public static class PayerName
{
    public static bool Matches(string? counterpartyName, Offender offender)
    {
        ArgumentNullException.ThrowIfNull(offender);
        var offenderName = offender.Type switch
        {
            OffenderType.Person => $"{offender.FirstName} {offender.LastName}",
            OffenderType.Company => offender.CompanyName,
            _ => null,
        };
        var payer = Normalise(counterpartyName);
        return payer.Length > 0 && payer == Normalise(offenderName);
    }

    /// <summary>The words without accents, in lower case, sorted: "Élise  d'Hondt" becomes "d elise hondt".</summary>
    public static string Normalise(string? name)
    {
        var plain = new StringBuilder();
        foreach (var c in (name ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }
}
