namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// Splits a reported reference into a structured communication or free text: a reference whose check digits are
/// wrong is kept as free text, so a payer's typo leaves the payment to be matched by hand instead of being lost.
/// </summary>
internal static class CommunicationReader
{
    public static (StructuredCommunication? Structured, string? Free) Read(string? structuredCandidate, string? freeText)
    {
        var free = string.IsNullOrWhiteSpace(freeText) ? null : freeText.Trim();
        if (string.IsNullOrWhiteSpace(structuredCandidate))
        {
            return (null, free);
        }

        var parsed = StructuredCommunication.Parse(structuredCandidate);
        return parsed.IsSuccess
            ? (parsed.Value, free)
            : (null, free is null ? structuredCandidate.Trim() : $"{structuredCandidate.Trim()} {free}");
    }
}
