using Sac.Domain.LegalRegimes;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.PlaceBans;

/// <summary>The mayor's place ban (art. 134sexies): heard first, periods of at most a month, renewed back to back twice.</summary>
public sealed class PlaceBanTests
{
    private static readonly DateTimeOffset Now = Instant("2025-03-10T10:00:00+01:00");

    [Fact]
    public void TheLegalNumbers_AreDataOfTheRegime()
    {
        var regime = LegalRegimeHistory.On(Date("2025-03-01"))!;

        Assert.Equal(1, regime.PlaceBanPeriodMonths);
        Assert.Equal(2, regime.PlaceBanRenewals);
        Assert.Equal(60, regime.CouncilOfStateAppealDays);
    }

    [Fact]
    public void Record_ACompany_IsRefused()
    {
        var company = Addressee.Create(AddresseeKind.Company, "Café BV", null, null, "nl").Value;

        var recorded = PlaceBan.Record("44021", company, "Korenmarkt", PlaceBanGround.PublicOrderDisturbance, "Vechtpartij", Date("2025-03-01"), Now, "admin");

        Assert.Equal("PLACE_BAN_PERSON_ONLY", recorded.FirstError.Code);
    }

    [Theory]
    [InlineData("2025-02-28", "PLACE_BAN_BEFORE_HEARING")] // decided the day before the hearing
    [InlineData("2025-03-01", null)] // the day of the hearing
    [InlineData("2025-03-02", null)]
    public void FirstPeriod_IsDecidedNoEarlierThanTheHearing(string decidedOn, string? code)
    {
        var imposed = Heard().ImposePeriod(Date(decidedOn), Date("2025-03-02"), Date("2025-03-20"));

        Assert.Equal(code, imposed.IsFailure ? imposed.FirstError.Code : null);
    }

    [Theory]
    [InlineData("2025-02-28", "2025-03-27", null)] // a month less a day
    [InlineData("2025-02-28", "2025-03-28", "PLACE_BAN_PERIOD_TOO_LONG")]
    [InlineData("2025-03-01", "2025-03-31", null)]
    [InlineData("2025-03-01", "2025-04-01", "PLACE_BAN_PERIOD_TOO_LONG")]
    [InlineData("2025-03-01", "2025-03-01", null)] // a single day
    [InlineData("2025-03-05", "2025-03-04", "MEASURE_END_NOT_AFTER_START")]
    public void Period_LastsAtMostOneMonth(string startsOn, string endsOn, string? code)
    {
        var ban = Heard("2025-02-28");

        var imposed = ban.ImposePeriod(Date("2025-02-28"), Date(startsOn), Date(endsOn));

        Assert.Equal(code, imposed.IsFailure ? imposed.FirstError.Code : null);
    }

    [Theory]
    [InlineData("2024-01-31", "2024-02-29", null)] // leap year
    [InlineData("2024-01-31", "2024-03-01", "PLACE_BAN_PERIOD_TOO_LONG")]
    [InlineData("2025-01-31", "2025-02-28", null)]
    [InlineData("2025-01-31", "2025-03-01", "PLACE_BAN_PERIOD_TOO_LONG")]
    public void Period_StartingAtAMonthEnd_EndsAtTheEndOfTheShorterMonth(string startsOn, string endsOn, string? code)
    {
        var ban = Heard(startsOn);

        var imposed = ban.ImposePeriod(Date(startsOn), Date(startsOn), Date(endsOn));

        Assert.Equal(code, imposed.IsFailure ? imposed.FirstError.Code : null);
    }

    [Fact]
    public void TwoRenewals_AreAllowed_AndAFourthPeriodIsRefused()
    {
        var ban = Heard();
        Assert.True(ban.ImposePeriod(Date("2025-03-01"), Date("2025-03-01"), Date("2025-03-31")).IsSuccess);
        Assert.True(ban.ImposePeriod(Date("2025-03-25"), Date("2025-04-01"), Date("2025-04-30")).IsSuccess);
        Assert.True(ban.ImposePeriod(Date("2025-04-25"), Date("2025-05-01"), Date("2025-05-31")).IsSuccess);

        var fourth = ban.ImposePeriod(Date("2025-05-25"), Date("2025-06-01"), Date("2025-06-30"));

        Assert.Equal("PLACE_BAN_RENEWALS_EXHAUSTED", fourth.FirstError.Code);
        Assert.Equal([1, 2, 3], ban.Periods.Select(p => p.Number));
        Assert.Equal(Date("2025-05-31"), ban.EndsOn);
        Assert.Equal(4, ban.Version);
    }

    [Theory]
    [InlineData("2025-03-31", "PLACE_BAN_RENEWAL_NOT_CONSECUTIVE")] // overlaps the last day of the previous period
    [InlineData("2025-04-01", null)] // the day after it
    [InlineData("2025-04-02", "PLACE_BAN_RENEWAL_NOT_CONSECUTIVE")] // leaves a gap
    public void Renewal_StartsTheDayAfterThePreviousPeriod(string startsOn, string? code)
    {
        var ban = WithFirstPeriod();

        var renewal = ban.ImposePeriod(Date("2025-03-25"), Date(startsOn), Date(startsOn).AddDays(10));

        Assert.Equal(code, renewal.IsFailure ? renewal.FirstError.Code : null);
    }

    [Theory]
    [InlineData("2025-03-31", null)] // on the last day of the previous period
    [InlineData("2025-04-01", "PLACE_BAN_RENEWAL_AFTER_END")] // the day after: the ban has lapsed
    public void Renewal_IsDecidedBeforeThePreviousPeriodEnds(string decidedOn, string? code)
    {
        var renewal = WithFirstPeriod().ImposePeriod(Date(decidedOn), Date("2025-04-01"), Date("2025-04-30"));

        Assert.Equal(code, renewal.IsFailure ? renewal.FirstError.Code : null);
    }

    [Theory]
    [InlineData("2025-02-28", MeasureState.Upcoming)]
    [InlineData("2025-03-01", MeasureState.Active)]
    [InlineData("2025-04-30", MeasureState.Active)] // the last day of the renewal
    [InlineData("2025-05-01", MeasureState.Ended)]
    public void StateOn_RunsFromTheFirstPeriodToTheLastRenewal(string today, MeasureState state)
    {
        var ban = WithFirstPeriod();
        ban.ImposePeriod(Date("2025-03-25"), Date("2025-04-01"), Date("2025-04-30"));

        Assert.Equal(state, ban.StateOn(Date(today)));
    }

    [Theory]
    [InlineData("2025-03-23", false)] // eight days before the last day
    [InlineData("2025-03-24", true)] // seven days before
    [InlineData("2025-03-31", true)] // the last day
    [InlineData("2025-04-01", false)] // ended
    public void EndsWithin_AWeek(string today, bool endsSoon)
    {
        var ban = WithFirstPeriod();

        Assert.Equal(endsSoon, MeasureTerm.EndsWithin(Date(today), ban.StartsOn, ban.EndsOn, 7));
    }

    private static PlaceBan WithFirstPeriod()
    {
        var ban = Heard();
        ban.ImposePeriod(Date("2025-03-01"), Date("2025-03-01"), Date("2025-03-31"));
        return ban;
    }

    private static PlaceBan Heard(string heardOn = "2025-03-01") =>
        PlaceBan.Record(
            "44021", Addressee.Create(AddresseeKind.Person, "Jan Peeters", "88022999990", null, "nl").Value, "Korenmarkt en omliggende straten",
            PlaceBanGround.RepeatedInfractions, "Drie keer wildplassen in februari.", Date(heardOn), Now, "admin@demo.sac").Value;
}
