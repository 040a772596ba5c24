using Sac.Domain.CollegeSanctions;
using Sac.Domain.Measures;
using Sac.Domain.Offenders;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.CollegeSanctions;

/// <summary>
/// Retention of a college sanction (gas-law.md §8), five years: from its last day, from the decision for a definitive one,
/// from its recording (10 March 2025) when never decided; the personal data goes the day after the last day kept.
/// </summary>
public sealed class CollegeSanctionRetentionTests
{
    private const int FiveYears = 5;

    private static readonly Addressee Holder = Addressee.Create(
        AddresseeKind.Person, "Els Janssens", "88022999990", new Address("Korenmarkt", "1", "9000", "Gent", "BE"), "nl").Value;

    [Theory]
    [InlineData("2030-03-14", false)] // the day before the last day kept
    [InlineData("2030-03-15", false)] // five years after the last day of the closure
    [InlineData("2030-03-16", true)] // the day after
    public void A_temporary_sanction_is_kept_five_years_after_its_last_day(string day, bool anonymised)
    {
        var sanction = Decided(CollegeSanctionKind.TemporaryClosure, endsOn: "2025-03-15");

        Assert.Equal(anonymised, sanction.Anonymise(FiveYears, At(day)));
        Assert.Equal(anonymised ? Date(day) : null, sanction.AnonymisedOn);
    }

    [Theory]
    [InlineData("2030-03-04", false)]
    [InlineData("2030-03-05", false)] // five years after the decision
    [InlineData("2030-03-06", true)]
    public void A_definitive_sanction_is_kept_five_years_after_its_decision(string day, bool anonymised) =>
        Assert.Equal(anonymised, Decided(CollegeSanctionKind.PermitWithdrawal, endsOn: null).Anonymise(FiveYears, At(day)));

    [Theory]
    [InlineData("2030-03-09", false)]
    [InlineData("2030-03-10", false)] // five years after it was recorded
    [InlineData("2030-03-11", true)]
    public void A_sanction_never_decided_is_kept_five_years_after_it_was_recorded(string day, bool anonymised) =>
        Assert.Equal(anonymised, Recorded().Anonymise(FiveYears, At(day)));

    [Fact]
    public void Anonymising_erases_who_and_why_and_keeps_what_and_when_once()
    {
        var sanction = Decided(CollegeSanctionKind.TemporaryClosure, endsOn: "2025-03-15");

        Assert.True(sanction.Anonymise(FiveYears, At("2030-03-16")));
        var version = sanction.Version;
        Assert.False(sanction.Anonymise(FiveYears, At("2030-03-17")));

        Assert.Equal(string.Empty, sanction.Holder.Name);
        Assert.Null(sanction.Holder.NationalRegisterNumber);
        Assert.Null(sanction.Holder.Address);
        Assert.Equal("nl", sanction.Holder.Language);
        Assert.Equal(string.Empty, sanction.Subject);
        Assert.Null(sanction.Reasons);
        Assert.Equal(CollegeSanctionKind.TemporaryClosure, sanction.Kind);
        Assert.Equal(Date("2025-03-15"), sanction.EndsOn);
        Assert.Equal([Infraction().Code], sanction.InfractionCodes);
        Assert.Equal(4, version);
        Assert.Equal(version, sanction.Version);
        Assert.Equal(Date("2030-03-16"), sanction.AnonymisedOn);
    }

    [Fact]
    public void An_anonymised_sanction_takes_no_further_step()
    {
        var pending = Recorded();
        Assert.True(pending.Anonymise(FiveYears, At("2030-03-11")));
        var decided = Decided(CollegeSanctionKind.PermitWithdrawal, endsOn: null);
        Assert.True(decided.Anonymise(FiveYears, At("2030-03-06")));

        Assert.Equal(MeasureErrors.Anonymised, Assert.Single(pending.Warn(Date("2030-03-12")).Errors));
        Assert.Equal(MeasureErrors.Anonymised, Assert.Single(decided.Notify(Date("2030-03-12")).Errors));
        Assert.Equal(
            MeasureErrors.Anonymised,
            Assert.Single(decided.Decide(Date("2030-03-12"), CollegeSanctionKind.PermitWithdrawal, Date("2030-03-12"), null, "Opnieuw.").Errors));
    }

    private static DateTimeOffset At(string day) => Instant($"{day}T02:30:00+01:00");

    private static CollegeSanction Recorded() =>
        CollegeSanction.Record("44021", Holder, "Terrasvergunning Korenmarkt 1", [Infraction()], null, Instant("2025-03-10T10:00:00+01:00"), "official@demo.sac").Value;

    private static CollegeSanction Decided(CollegeSanctionKind kind, string? endsOn)
    {
        var sanction = Recorded();
        Assert.True(sanction.Warn(Date("2025-03-01")).IsSuccess);
        Assert.True(sanction.Decide(Date("2025-03-05"), kind, Date("2025-03-06"), endsOn is null ? null : Date(endsOn), "Nachtlawaai.").IsSuccess);
        return sanction;
    }
}
