using Sac.Domain.Calendar;
using Sac.Domain.Register;

namespace Sac.Benchmarks.Generation;

/// <summary>The GAS register as the generated history builds it, by offender: what an assessment on a day could know.</summary>
internal sealed class RecidivismRegister
{
    private readonly Dictionary<string, List<(PriorSanction Prior, DateOnly Known)>> byOffender = new(StringComparer.Ordinal);

    public void Add(RegisterEntry entry)
    {
        if (!byOffender.TryGetValue(entry.OffenderKey, out var lines))
        {
            byOffender[entry.OffenderKey] = lines = [];
        }

        lines.Add((entry.ToPriorSanction(), BelgianTime.DateOf(entry.RecordedAt)));
    }

    /// <summary>The offender's sanctions in the register on <paramref name="day"/>, but for those of the case itself.</summary>
    public IReadOnlyList<PriorSanction> KnownOn(string? offenderKey, Guid caseId, DateOnly day) =>
        offenderKey is not null && byOffender.TryGetValue(offenderKey, out var lines)
            ? [.. lines.Where(l => l.Known <= day && l.Prior.CaseId != caseId).Select(l => l.Prior)]
            : [];
}
