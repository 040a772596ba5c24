using Sac.Application.Statistics;

namespace Sac.Application.Common.Ports;

/// <summary>Statistics aggregated by the database: counts and sums, never the cases themselves.</summary>
public interface IStatisticsReadService
{
    /// <summary>The figures of the cases of these municipalities found from <paramref name="from"/> to <paramref name="to"/>, both included; months without cases are left out.</summary>
    Task<StatisticsFigures> CountAsync(IReadOnlyCollection<string> municipalities, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
