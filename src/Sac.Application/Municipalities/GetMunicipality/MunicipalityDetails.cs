using Sac.Domain.Municipalities;

namespace Sac.Application.Municipalities.GetMunicipality;

/// <summary>A municipality's settings and regulation (api-v1.md, GET /api/v1/municipalities/{nis}).</summary>
public sealed record MunicipalityDetails(
    string Nis,
    string NameNl,
    string NameFr,
    SettingsDetails Settings,
    LetterheadDetails? Letterhead,
    IReadOnlyList<InfractionDetails> Regulation,
    IReadOnlyList<InfractionDetails> History);

public sealed record SettingsDetails(int? MinorsMinimumAge, DateOnly? Caps2024AdoptedOn, bool AdultMediationOffered, int PaymentTermDays, int RetentionYears);

public sealed record InfractionDetails(
    string Code,
    InfractionCategory Category,
    string Article,
    string TextNl,
    string TextFr,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    decimal? DefaultAmount,
    decimal? RecidivismMaximumAmount,
    bool MinorsAllowed,
    bool ProsecutionWaivedByProtocol,
    DateOnly ValidFrom,
    DateOnly? ValidTo);

public sealed record LetterheadDetails(
    string Street, string PostalCode, string City, string OfficialName, string Email, string Phone, string Iban, string Bic, string DefaultLanguage);
