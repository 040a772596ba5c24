using Sac.Domain.Deadlines;
using Sac.Domain.LegalRegimes;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Deadlines;

public sealed class LegalDeadlinesTests
{
    [Theory]
    [InlineData("2025-03-01", "2025-05-01")]
    [InlineData("2025-02-28", "2025-04-28")]
    [InlineData("2024-12-31", "2025-02-28")] // clamps to the month end
    [InlineData("2023-12-31", "2024-02-29")] // leap year
    [InlineData("2024-12-30", "2025-02-28")]
    [InlineData("2025-01-01", "2025-03-01")]
    [InlineData("2024-08-31", "2024-10-31")]
    [InlineData("2025-07-31", "2025-09-30")]
    [InlineData("2025-01-19", "2025-03-19")]
    [InlineData("2025-03-15", "2025-05-15")] // a Thursday; the transmission term does not move either
    public void Transmission_FindingDate_IsTwoMonthsLater(string finding, string expected) =>
        Assert.Equal(Date(expected), LegalDeadlines.Transmission(Date(finding), RegimeOn(finding)));

    [Theory]
    [InlineData("2024-01-10", "2024-01-10", "2024-07-10")] // S21
    [InlineData("2024-01-10", "2024-02-20", "2024-07-10")] // counted from the facts when the finding is later
    [InlineData("2024-02-20", "2024-01-10", "2024-07-10")] // the earlier date wins whatever the order
    [InlineData("2023-08-31", "2023-08-31", "2024-02-29")] // leap year
    [InlineData("2024-08-31", "2024-08-31", "2025-02-28")]
    [InlineData("2024-01-13", "2024-01-13", "2024-07-13")] // a Saturday: not moved
    [InlineData("2024-01-21", "2024-01-22", "2024-07-21")] // a Sunday and 21 July: not moved
    [InlineData("2024-12-25", "2024-12-25", "2025-06-25")]
    public void DecisionLimit_NoExtension_IsSixMonthsFromTheEarlierDate(string facts, string finding, string expected) =>
        Assert.Equal(Date(expected), LegalDeadlines.DecisionLimit(Date(facts), Date(finding), RegimeOn(facts), DecisionTermExtension.None));

    [Theory]
    [InlineData(DecisionTermExtension.None, "2024-07-10")]
    [InlineData(DecisionTermExtension.AlternativeMeasureOffered, "2025-01-10")]
    [InlineData(DecisionTermExtension.MediationPaymentPlan, "2025-04-10")]
    public void DecisionLimit_Extension_CountsSixTwelveOrFifteenMonths(DecisionTermExtension extension, string expected) =>
        Assert.Equal(Date(expected), LegalDeadlines.DecisionLimit(Date("2024-01-10"), Date("2024-01-15"), RegimeOn("2024-01-10"), extension));

    [Theory]
    [InlineData(DecisionTermExtension.None, "2024-08-29")] // the day number carries over, not "the month end"
    [InlineData(DecisionTermExtension.AlternativeMeasureOffered, "2025-02-28")] // no 29 February in 2025
    [InlineData(DecisionTermExtension.MediationPaymentPlan, "2025-05-29")]
    public void DecisionLimit_StartOnTwentyNinthFebruary_KeepsTheDayNumberOrClamps(DecisionTermExtension extension, string expected) =>
        Assert.Equal(Date(expected), LegalDeadlines.DecisionLimit(Date("2024-02-29"), Date("2024-02-29"), RegimeOn("2024-02-29"), extension));

    [Fact]
    public void DecisionLimit_RegimeWithOtherMonths_UsesTheRegimeData()
    {
        var regime = RegimeOn("2025-01-01") with { DecisionMonths = 3 };

        Assert.Equal(Date("2025-04-01"), LegalDeadlines.DecisionLimit(Date("2025-01-01"), Date("2025-01-01"), regime, DecisionTermExtension.None));
    }

    private static LegalRegime RegimeOn(string date) => LegalRegimeHistory.On(Date(date))!;
}
