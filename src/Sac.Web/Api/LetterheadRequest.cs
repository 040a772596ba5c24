namespace Sac.Web.Api;

/// <summary>Body of PUT /api/v1/municipalities/{nis}/letterhead.</summary>
internal sealed record LetterheadRequest(
    string? Street, string? PostalCode, string? City, string? OfficialName, string? Email, string? Phone, string? Iban, string? Bic, string? DefaultLanguage);
