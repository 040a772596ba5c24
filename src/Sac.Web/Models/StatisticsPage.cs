using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Statistics;

namespace Sac.Web.Models;

/// <summary>The statistics of a municipality (or all the user's) over a period: charts with their tables, and the evaluation's figures.</summary>
public sealed class StatisticsPage(StatisticsFilter filter, StatisticsReport? report, IReadOnlyList<SelectListItem> municipalityOptions, IStringLocalizer localizer)
{
    public StatisticsFilter Filter { get; } = filter;

    public StatisticsReport? Report { get; } = report;

    public IReadOnlyList<SelectListItem> MunicipalityOptions { get; } = municipalityOptions;

    public IReadOnlyList<StatisticsChart> Charts => Report is null ? [] : ChartsOf(Report.Figures, localizer);

    public static IReadOnlyList<StatisticsChart> ChartsOf(StatisticsFigures figures, IStringLocalizer localizer)
    {
        string L(string key) => localizer[key].Value;
        ChartSeries Cases(IEnumerable<int> counts) => new(L("Statistics.Cases"), [.. counts.Select(c => (decimal?)c)]);
        var months = figures.Months.Select(m => m.Month.ToString("MM'/'yyyy", CultureInfo.InvariantCulture)).ToList();
        var appeals = figures.Appeals.OrderBy(a => a.Value.HasValue).ThenBy(a => a.Value).ToList();
        return
        [
            new("cases-per-month", L("Statistics.CasesPerMonth"), "bar", L("Statistics.Month"), months, [Cases(figures.Months.Select(m => m.Cases))]),
            new("by-infraction", L("Statistics.ByInfraction"), "bar", L("Statistics.Infraction"),
                [.. figures.Infractions.Select(i => $"{i.Code} – {Formats.Pick(i.TextNl, i.TextFr)}")], [Cases(figures.Infractions.Select(i => i.Cases))]),
            new("decisions", L("Statistics.Decisions"), "doughnut", L("Statistics.Outcome"),
                [.. figures.Decisions.OrderBy(d => d.Kind).Select(d => L("DecisionKind." + d.Kind))],
                [Cases(figures.Decisions.OrderBy(d => d.Kind).Select(d => d.Cases)),
                 new(L("Statistics.Amount"), [.. figures.Decisions.OrderBy(d => d.Kind).Select(d => (decimal?)d.Amount)], ChartValue.Amount, Drawn: false)]),
            new("closures", L("Statistics.Closures"), "bar", L("Statistics.Outcome"),
                [.. figures.Closures.OrderBy(c => c.Value).Select(c => L("CloseReason." + c.Value))], [Cases(figures.Closures.OrderBy(c => c.Value).Select(c => c.Cases))]),
            new("appeals", L("Statistics.Appeals"), "bar", L("Statistics.Outcome"),
                [.. appeals.Select(a => a.Value is { } outcome ? L("AppealOutcome." + outcome) : L("Statistics.AppealPending"))], [Cases(appeals.Select(a => a.Cases))]),
            new("collection", L("Statistics.Collection"), "line", L("Statistics.Month"), months,
            [
                new(L("Statistics.CollectionRate"), [.. figures.Months.Select(m => m.CollectionRate is { } rate ? Math.Round(rate * 100, 1) : (decimal?)null)], ChartValue.Percent),
                new(L("Statistics.FinalFines"), [.. figures.Months.Select(m => (decimal?)m.FinalFines)], ChartValue.Amount, Drawn: false),
                new(L("Statistics.Paid"), [.. figures.Months.Select(m => (decimal?)m.Paid)], ChartValue.Amount, Drawn: false),
            ]),
        ];
    }

    public static string Display(EvaluationFigure figure) =>
        figure.IsAmount ? Formats.Money(figure.Value) : figure.Value.ToString("0", CultureInfo.CurrentCulture);
}
