using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Measures;

/// <summary>
/// The checks before reading or acting on a college sanction or place ban: reads answer 404 outside the user's
/// municipalities; steps answer 403 there, and refuse a stale version (the page was opened before someone else's change).
/// </summary>
internal static class MeasureAccess
{
    public static Result<T> ToRead<T>(this ICurrentUser user, T? found, string municipalityNis, string what)
        where T : class =>
        found is not null && user.BelongsTo(municipalityNis) ? found : ApplicationErrors.NotFound(what);

    public static Result<T> ToActOn<T>(this ICurrentUser user, T? found, string? municipalityNis, int version, int? expectedVersion, string what)
        where T : class =>
        found is null ? ApplicationErrors.NotFound(what)
        : !user.BelongsTo(municipalityNis!) ? ApplicationErrors.NotYourMunicipality
        : expectedVersion is { } expected && expected != version ? ApplicationErrors.StaleVersion
        : found;
}
