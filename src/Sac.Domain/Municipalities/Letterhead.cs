using Sac.Domain.Common;

namespace Sac.Domain.Municipalities;

/// <summary>
/// The sender block of the municipality's letters and the account fines are paid into. <see cref="DefaultLanguage"/>
/// is the letters' language when the offender's is unknown.
/// </summary>
public sealed record Letterhead
{
    private Letterhead(string street, string postalCode, string city, string officialName, string email, string phone, string iban, string bic, string defaultLanguage)
    {
        Street = street;
        PostalCode = postalCode;
        City = city;
        OfficialName = officialName;
        Email = email;
        Phone = phone;
        Iban = iban;
        Bic = bic;
        DefaultLanguage = defaultLanguage;
    }

    public string Street { get; }

    public string PostalCode { get; }

    public string City { get; }

    public string OfficialName { get; }

    public string Email { get; }

    public string Phone { get; }

    /// <summary>Grouped by four, as printed: BE68 5390 0754 7034.</summary>
    public string Iban { get; }

    public string Bic { get; }

    public string DefaultLanguage { get; }

    public static Result<Letterhead> Create(
        string street, string postalCode, string city, string officialName, string email, string phone, string iban, string bic, string defaultLanguage)
    {
        var errors = new List<Error>();
        var compactIban = Payments.Iban.Compact(iban);
        if (!Payments.Iban.IsValid(compactIban))
        {
            errors.Add(new Error("IBAN_INVALID", "This is not a valid IBAN.", Field: "iban"));
        }

        if (defaultLanguage is not ("nl" or "fr"))
        {
            errors.Add(new Error("LANGUAGE_INVALID", "Letters are written in Dutch (nl) or French (fr).", Field: "defaultLanguage"));
        }

        return errors.Count > 0
            ? Result<Letterhead>.Failure(errors)
            : new Letterhead(street.Trim(), postalCode.Trim(), city.Trim(), officialName.Trim(), email.Trim(), phone.Trim(),
                string.Join(' ', compactIban.Chunk(4).Select(c => new string(c))), bic.Trim().ToUpperInvariant(), defaultLanguage);
    }
}
