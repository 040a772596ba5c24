using System.Globalization;
using System.Text.Json;

namespace Sac.Web.Models;

/// <summary>
/// One chart of the statistics page and the table that shows the same figures: one row per label, one column per series.
/// The browser draws it from <see cref="ChartJson"/> (wwwroot/js/statistics.js); the table is the accessible view.
/// </summary>
public sealed record StatisticsChart(string Id, string Title, string ChartType, string ItemHeader, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Chart.js's type, labels and datasets; series not drawn (amounts beside a rate) stay in the table only.</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        type = ChartType,
        labels = Labels,
        datasets = Series.Where(s => s.Drawn).Select(s => new { label = s.Label, data = s.Values }),
    });
}

public sealed record ChartSeries(string Label, IReadOnlyList<decimal?> Values, ChartValue Kind = ChartValue.Count, bool Drawn = true)
{
    public string Display(int index) => Values[index] is not { } value ? Formats.None : Kind switch
    {
        ChartValue.Amount => Formats.Money(value),
        ChartValue.Percent => value.ToString("0.0", CultureInfo.CurrentCulture),
        _ => value.ToString("0", CultureInfo.CurrentCulture),
    };
}

public enum ChartValue
{
    Count,
    Amount,
    Percent,
}
