using FluentValidation;
using Mediator;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Statistics;

/// <summary>
/// Statistics of the cases found from <paramref name="From"/> to <paramref name="To"/> (both included; by default the
/// last twelve calendar months up to today) in one municipality, or in all the user's.
/// </summary>
public sealed record GetStatisticsQuery(string? Municipality = null, DateOnly? From = null, DateOnly? To = null)
    : IQuery<Result<StatisticsReport>>;

public sealed record StatisticsReport(
    IReadOnlyList<string> Municipalities, DateOnly From, DateOnly To, StatisticsFigures Figures, IReadOnlyList<EvaluationFigure> Evaluation);

internal sealed class GetStatisticsValidator : AbstractValidator<GetStatisticsQuery>
{
    public GetStatisticsValidator()
    {
        RuleFor(q => q.Municipality).Matches("^[0-9]{5}$").WithErrorCode("NIS_FORMAT").When(q => !string.IsNullOrWhiteSpace(q.Municipality));
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}

internal sealed class GetStatisticsHandler(ICurrentUser user, IStatisticsReadService reads, TimeProvider clock)
    : IQueryHandler<GetStatisticsQuery, Result<StatisticsReport>>
{
    private const int DefaultMonths = 12;

    public async ValueTask<Result<StatisticsReport>> Handle(GetStatisticsQuery query, CancellationToken cancellationToken)
    {
        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var to = query.To ?? today;
        var from = query.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(1 - DefaultMonths);
        List<string> municipalities = [.. user.Municipalities.Where(m => query.Municipality is null || m == query.Municipality).Order(StringComparer.Ordinal)];
        var figures = await reads.CountAsync(municipalities, from, to, cancellationToken);
        var months = WithEveryMonth(figures.Months, from, to);
        var complete = figures with { Months = months };
        return new StatisticsReport(municipalities, from, to, complete, EvaluationFigures.From(complete));
    }

    /// <summary>A month without findings is a month with zero, not a gap in the chart.</summary>
    private static List<MonthFigures> WithEveryMonth(IReadOnlyList<MonthFigures> counted, DateOnly from, DateOnly to)
    {
        var months = new List<MonthFigures>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            months.Add(counted.FirstOrDefault(m => m.Month == month) ?? new MonthFigures(month, 0, 0m, 0m));
        }

        return months;
    }
}
