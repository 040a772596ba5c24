using Sac.Application.Statistics;

namespace Sac.Application.Tests.Statistics;

/// <summary>The money of final fines per municipality and year of enforceability: an over-payment never hides another fine's debt.</summary>
public sealed class RevenueFigureTests
{
    [Fact]
    public void Of_AddsUpPerMunicipalityAndYear_OutstandingPerFine()
    {
        var revenue = RevenueFigure.Of(
        [
            ("44021", new DateOnly(2025, 5, 17), 200m, 250m, 50m),
            ("44021", new DateOnly(2025, 12, 31), 100m, 40m, 0m),
            ("44021", new DateOnly(2026, 1, 1), 150m, 0m, 0m),
            ("21004", new DateOnly(2025, 6, 1), 80m, 80m, 0m),
        ]);

        Assert.Equal(
            [
                new RevenueFigure("21004", 2025, 1, 80m, 80m, 0m, 0m),
                new RevenueFigure("44021", 2025, 2, 300m, 290m, 50m, 60m),
                new RevenueFigure("44021", 2026, 1, 150m, 0m, 0m, 150m),
            ],
            revenue);
        Assert.Equal((0.8m, 240m), (revenue[1].CollectionRate, revenue[1].Kept));
        Assert.Equal(0m, revenue[2].CollectionRate);
    }

    [Fact]
    public void CollectionRate_NothingDue_IsNull() =>
        Assert.Null(new RevenueFigure("44021", 2025, 0, 0m, 0m, 0m, 0m).CollectionRate);
}
