using Sac.Domain.Common;

namespace Sac.Application.Common;

public static class ApplicationErrors
{
    public static Error NotFound(string what) => new("NOT_FOUND", $"{what} was not found.", ErrorKind.NotFound);

    public static Error Forbidden(string why) => new("FORBIDDEN", why, ErrorKind.Forbidden);

    public static Error UnknownMunicipality(string field) =>
        new("UNKNOWN_MUNICIPALITY", "No municipality has this NIS code.", Field: field);

    /// <summary>A case named by its number (a payment's, a college sanction's) that the municipality does not have.</summary>
    public static readonly Error CaseNumberNotFound = new("CASE_NOT_FOUND", "The municipality has no case with this number.", Field: "caseNumber");

    public static readonly Error NotYourMunicipality = Forbidden("You do not work for this municipality.");

    /// <summary>A step posted with a version of the case that is no longer the current one: someone changed it meanwhile.</summary>
    public static readonly Error StaleVersion = new("STALE_VERSION", "Someone changed this case since you opened it.", ErrorKind.Conflict);
}
