using Sac.Domain.Common;

namespace Sac.Application.Registries;

/// <summary>Why a registry lookup was refused or gave nothing (api-v1.md, registry lookups; gas-law.md §6 purpose limitation).</summary>
public static class RegistryErrors
{
    /// <summary>The code of a registry that could not answer; the edges answer it with 503 and Retry-After.</summary>
    public const string UnavailableCode = "REGISTRY_UNAVAILABLE";

    public static readonly Error ReferenceRequired = new(
        "REFERENCE_REQUIRED", "A lookup names the case it is for, or the externalId of the finding being recorded.", Field: "reference");

    public static readonly Error ReferenceUnknown = new(
        "REFERENCE_UNKNOWN", "The reference is not a case you can act on, nor the externalId of a finding you are recording.", Field: "reference");

    public static readonly Error PurposeRequired = new(
        "PURPOSE_REQUIRED", "A lookup states its purpose: IdentifyOffender or NotifyOffender.", Field: "purpose");

    public static readonly Error PurposeUnknown = new(
        "PURPOSE_UNKNOWN", "The purpose is IdentifyOffender or NotifyOffender.", Field: "purpose");

    public static readonly Error PurposeNotAllowed = new(
        "PURPOSE_NOT_ALLOWED", "A finder consults the registries only to identify the offender.", ErrorKind.Forbidden, "purpose");

    public static readonly Error RoleRequired = new(
        "REGISTRY_ROLE_REQUIRED", "Only finders and sanctioning officials consult the registries.", ErrorKind.Forbidden);

    public static readonly Error DateRequired = new("DATE_REQUIRED", "The date (YYYY-MM-DD) is required.", Field: "at");

    public static readonly Error DateInvalid = new("DATE_INVALID", "A date is written YYYY-MM-DD.", Field: "at");

    public static readonly Error PersonNotFound = new(
        "PERSON_NOT_FOUND", "The National Register knows no person with this number.", ErrorKind.NotFound, "nationalRegisterNumber");

    public static readonly Error HolderNotFound = new(
        "HOLDER_NOT_FOUND", "The vehicle registry knows no holder of this plate on that date.", ErrorKind.NotFound, "plate");

    public static readonly Error CompanyNotFound = new(
        "COMPANY_NOT_FOUND", "The Crossroads Bank for Enterprises knows no enterprise with this number.", ErrorKind.NotFound, "enterpriseNumber");

    /// <summary>A business outcome, not a bug: the edges turn it into 503 (API) or a message beside the form (browser).</summary>
    public static readonly Error Unavailable = new(
        UnavailableCode, "The registry cannot be reached right now. Try again later; a finding can be recorded without it and identified afterwards.",
        ErrorKind.BusinessRule);

    public static bool IsUnavailable(IEnumerable<Error> errors) => errors.Any(e => e.Code == UnavailableCode);
}
