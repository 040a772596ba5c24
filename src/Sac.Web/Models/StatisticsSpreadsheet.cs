using Microsoft.Extensions.Localization;
using Sac.Application.Statistics;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Models;

/// <summary>
/// The statistics as one table to download (CSV or XLSX): a row per figure — section, item, measure, value — so every
/// chart's table and the evaluation's figures fit one sheet, with the municipalities and the period on top.
/// </summary>
public static class StatisticsSpreadsheet
{
    public static SpreadsheetTable Of(StatisticsReport report, IStringLocalizer localizer)
    {
        string L(string key) => localizer[key].Value;
        var period = $"{Formats.Date(report.From)} – {Formats.Date(report.To)}";
        List<IReadOnlyList<object?>> rows =
        [
            [L("Statistics.Period"), period, null, null],
            [L("Statistics.Municipality"), string.Join(", ", report.Municipalities), null, null],
            .. StatisticsPage.ChartsOf(report.Figures, localizer).SelectMany(chart =>
                chart.Series.SelectMany(series => chart.Labels.Select((label, i) => (IReadOnlyList<object?>)[chart.Title, label, series.Label, Cell(series.Values[i], series.Kind == ChartValue.Count)]))),
            .. report.Figures.Revenue.SelectMany(r => RevenueRows(r, L)),
            .. report.Evaluation.Select(f => (IReadOnlyList<object?>)[L("Statistics.Evaluation"), L("Evaluation." + f.Item), f.IsAmount ? L("Statistics.Amount") : L("Statistics.Cases"), Cell(f.Value, !f.IsAmount)]),
        ];
        return new SpreadsheetTable([L("Statistics.Section"), L("Statistics.Item"), L("Statistics.Measure"), L("Statistics.Value")], rows);
    }

    /// <summary>statistieken-44021-2025-01-01-2025-12-31 (or "alle" for all the user's municipalities), without extension.</summary>
    public static string FileName(StatisticsReport report, string? municipality, IStringLocalizer localizer) =>
        localizer["Statistics.FileName", municipality ?? localizer["Statistics.All"].Value, Iso(report.From), Iso(report.To)].Value;

    /// <summary>A municipality's year of enforceability: its fines, the money, and the collection rate in percent.</summary>
    private static IEnumerable<IReadOnlyList<object?>> RevenueRows(RevenueFigure revenue, Func<string, string> l)
    {
        var item = $"{revenue.Municipality} {revenue.Year}";
        return
        [
            [l("Statistics.Revenue"), item, l("Statistics.FinalFinesCount"), revenue.Fines],
            [l("Statistics.Revenue"), item, l("Statistics.FinalFines"), revenue.Due],
            [l("Statistics.Revenue"), item, l("Statistics.Received"), revenue.Received],
            [l("Statistics.Revenue"), item, l("Statistics.Refunded"), revenue.Refunded],
            [l("Statistics.Revenue"), item, l("Statistics.Outstanding"), revenue.Outstanding],
            [l("Statistics.Revenue"), item, l("Statistics.CollectionRate"), revenue.CollectionRate is { } rate ? Math.Round(rate * 100, 1) : null],
        ];
    }

    /// <summary>A count is written as a whole number, an amount or a rate with its decimals.</summary>
    private static object? Cell(decimal? value, bool isCount) => isCount && value is { } count ? (int)count : (object?)value;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
