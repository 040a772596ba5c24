using Sac.Domain.Common;

namespace Sac.Application.Municipalities.ImportRegulation;

internal static class ImportErrors
{
    public static readonly Error DuplicateVersion =
        new("DUPLICATE_VERSION", "The file holds this infraction twice with the same first day.", Field: "validFrom");

    /// <summary>A version ends only because the next one starts: the file cannot end it on another day.</summary>
    public static readonly Error ValidToNotTheDayBeforeTheNextVersion =
        new("VALID_TO_MISMATCH", "The last day must be the day before the next version starts, or empty for the latest version.", Field: "validTo");
}
