using System.Globalization;
using Sac.Application.Common.Ports;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// Numbers come from a counter row per municipality and year, changed on the tracked entity and
/// saved by the unit of work with the case: a failed intake takes no number, and two intakes
/// racing for the same number fail on the counter's concurrency token (or its key) instead of
/// both saving.
/// </summary>
internal sealed class CaseNumberSequence(SacDbContext db) : ICaseNumberSequence
{
    public async Task<string> NextAsync(string municipalityNis, int year, CancellationToken cancellationToken)
    {
        var counter = await db.CaseNumberCounters.FindAsync([municipalityNis, year], cancellationToken);
        if (counter is null)
        {
            counter = new CaseNumberCounter(municipalityNis, year);
            db.CaseNumberCounters.Add(counter);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{municipalityNis}-{year}-{counter.Take():D6}");
    }
}
