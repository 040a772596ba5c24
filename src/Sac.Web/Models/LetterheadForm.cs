using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sac.Application.Municipalities.ChangeLetterhead;
using Sac.Application.Municipalities.GetMunicipality;

namespace Sac.Web.Models;

/// <summary>The sender block of the municipality's letters and the account fines are paid into (Municipalities/EditLetterhead).</summary>
public sealed class LetterheadForm
{
    /// <summary>The languages a letter can be written in when the offender's is not known.</summary>
    public static readonly IReadOnlyList<string> Languages = ["nl", "fr"];

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? OfficialName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Iban { get; set; }

    public string? Bic { get; set; }

    public string? DefaultLanguage { get; set; }

    [BindNever]
    public string MunicipalityName { get; set; } = string.Empty;

    /// <summary>The current letterhead, or an empty form whose letters default to the page's language.</summary>
    public static LetterheadForm From(MunicipalityDetails municipality) => municipality.Letterhead is { } l
        ? new()
        {
            Street = l.Street,
            PostalCode = l.PostalCode,
            City = l.City,
            OfficialName = l.OfficialName,
            Email = l.Email,
            Phone = l.Phone,
            Iban = l.Iban,
            Bic = l.Bic,
            DefaultLanguage = l.DefaultLanguage,
            MunicipalityName = Formats.Pick(municipality.NameNl, municipality.NameFr),
        }
        : new() { DefaultLanguage = Formats.Language, MunicipalityName = Formats.Pick(municipality.NameNl, municipality.NameFr) };

    public ChangeLetterheadCommand ToCommand(string nis) =>
        new(nis, Street, PostalCode, City, OfficialName, Email, Phone, Iban, Bic, DefaultLanguage);
}
