using System.Diagnostics;
using Sac.Domain.Assessment;
using Sac.Domain.Cases;

namespace Sac.Benchmarks.Generation;

/// <summary>What the generated history holds, for the report: statuses, recidivism, refused steps, rows and time.</summary>
internal sealed class GenerationStats
{
    private readonly Dictionary<CaseStatus, int> statuses = [];
    private readonly Dictionary<string, int> refusals = new(StringComparer.Ordinal);
    private readonly Dictionary<CaseStatus, List<Guid>> samples = [];

    public int Cases { get; private set; }

    public long TimelineLines { get; private set; }

    public int RegisterLines { get; set; }

    public int Decisions { get; private set; }

    public int RepeatOffences { get; private set; }

    public Stopwatch Elapsed { get; } = new();

    public IReadOnlyDictionary<CaseStatus, int> Statuses => statuses;

    /// <summary>Steps the domain refused while the history was made (the case then stays where it was), by error code.</summary>
    public IReadOnlyDictionary<string, int> Refusals => refusals;

    /// <summary>A few cases of every status, for the read-back check.</summary>
    public IEnumerable<(CaseStatus Status, Guid Id)> Samples => samples.SelectMany(s => s.Value.Select(id => (s.Key, id)));

    public void Count(Case @case)
    {
        Cases++;
        TimelineLines += @case.Timeline.Count;
        statuses[@case.Status] = statuses.GetValueOrDefault(@case.Status) + 1;
        if (!samples.TryGetValue(@case.Status, out var ids))
        {
            samples[@case.Status] = ids = [];
        }

        if (ids.Count < 3)
        {
            ids.Add(@case.Id);
        }
    }

    public void Assessed(CaseAssessment assessment)
    {
        Decisions++;
        RepeatOffences += assessment.IsRecidivism ? 1 : 0;
    }

    public void Refused(string code) => refusals[code] = refusals.GetValueOrDefault(code) + 1;
}
