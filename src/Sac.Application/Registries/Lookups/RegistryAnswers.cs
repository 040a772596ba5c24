using System.Globalization;
using Sac.Domain.Common;

namespace Sac.Application.Registries.Lookups;

internal static class RegistryAnswers
{
    /// <summary>Found: the record; not found: <paramref name="notFound"/>; the registry could not answer: <see cref="RegistryErrors.Unavailable"/>.</summary>
    public static Result<T> ToResult<T>(this RegistryAnswer<T> answer, Error notFound)
        where T : class => answer.Outcome switch
        {
            RegistryOutcome.Found => answer.Value!,
            RegistryOutcome.NotFound => notFound,
            _ => RegistryErrors.Unavailable,
        };

    /// <summary>A date as the API writes it (YYYY-MM-DD); null with an error on <c>at</c> otherwise.</summary>
    public static DateOnly? ParseDate(string? at, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(at))
        {
            errors.Add(RegistryErrors.DateRequired);
            return null;
        }

        if (!DateOnly.TryParseExact(at.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(RegistryErrors.DateInvalid);
            return null;
        }

        return date;
    }
}
