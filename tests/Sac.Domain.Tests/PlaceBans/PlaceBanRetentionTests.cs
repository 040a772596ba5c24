using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.PlaceBans;

/// <summary>
/// Retention of a place ban (gas-law.md §8), three years: from the last day of its last period (a renewal moves it), or
/// from its recording (10 March 2025) when no period was ever imposed.
/// </summary>
public sealed class PlaceBanRetentionTests
{
    private const int ThreeYears = 3;

    [Theory]
    [InlineData("2028-04-29", false)] // the day before the last day kept
    [InlineData("2028-04-30", false)] // three years after the renewal's last day
    [InlineData("2028-05-01", true)] // the day after
    public void A_renewed_ban_is_kept_from_the_last_day_of_its_renewal(string day, bool anonymised)
    {
        var ban = Heard();
        Assert.True(ban.ImposePeriod(Date("2025-03-01"), Date("2025-03-01"), Date("2025-03-31")).IsSuccess);
        Assert.True(ban.ImposePeriod(Date("2025-03-25"), Date("2025-04-01"), Date("2025-04-30")).IsSuccess);

        Assert.Equal(anonymised, ban.Anonymise(ThreeYears, At(day)));
    }

    [Theory]
    [InlineData("2028-03-09", false)]
    [InlineData("2028-03-10", false)] // three years after it was recorded
    [InlineData("2028-03-11", true)]
    public void A_ban_never_imposed_is_kept_from_its_recording(string day, bool anonymised) =>
        Assert.Equal(anonymised, Heard().Anonymise(ThreeYears, At(day)));

    [Fact]
    public void Anonymising_erases_the_person_and_the_facts_and_keeps_the_place_and_the_periods()
    {
        var ban = Heard();
        Assert.True(ban.ImposePeriod(Date("2025-03-01"), Date("2025-03-01"), Date("2025-03-31")).IsSuccess);

        Assert.True(ban.Anonymise(ThreeYears, At("2028-04-01")));

        Assert.Equal(string.Empty, ban.Person.Name);
        Assert.Null(ban.Person.NationalRegisterNumber);
        Assert.Equal(string.Empty, ban.Grounds);
        Assert.Equal("Korenmarkt en omliggende straten", ban.Place);
        Assert.Equal(Date("2025-03-31"), Assert.Single(ban.Periods).EndsOn);
        Assert.Equal(3, ban.Version);
        Assert.False(ban.Anonymise(ThreeYears, At("2028-04-02")));
        Assert.Equal(3, ban.Version);
    }

    private static DateTimeOffset At(string day) => Instant($"{day}T02:30:00+02:00");

    [Fact]
    public void An_anonymised_ban_takes_no_further_period()
    {
        var ban = Heard();
        Assert.True(ban.Anonymise(ThreeYears, At("2028-03-11")));

        Assert.Equal(MeasureErrors.Anonymised, Assert.Single(ban.ImposePeriod(Date("2028-03-12"), Date("2028-03-12"), Date("2028-04-11")).Errors));
        Assert.Empty(ban.Periods);
    }

    private static PlaceBan Heard() =>
        PlaceBan.Record(
            "44021", Addressee.Create(AddresseeKind.Person, "Jan Peeters", "88022999990", null, "nl").Value, "Korenmarkt en omliggende straten",
            PlaceBanGround.RepeatedInfractions, "Drie keer wildplassen in februari.", Date("2025-03-01"), Instant("2025-03-10T10:00:00+01:00"), "admin@demo.sac").Value;
}
