using Sac.Application.Statistics;

namespace Sac.Web.Models;

/// <summary>The statistics' choice of municipality and period, from the query string (empty: all the user's, the last twelve months).</summary>
public sealed class StatisticsFilter
{
    public string? Municipality { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public GetStatisticsQuery ToQuery() => new(string.IsNullOrWhiteSpace(Municipality) ? null : Municipality, From, To);
}
