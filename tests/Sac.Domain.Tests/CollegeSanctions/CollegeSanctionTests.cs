using Sac.Domain.CollegeSanctions;
using Sac.Domain.Measures;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.CollegeSanctions;

/// <summary>The college's sanctions (gas-law.md §3.1, §3.7): never for traffic, a decision only after a warning, dates in order.</summary>
public sealed class CollegeSanctionTests
{
    private static readonly Addressee Holder = Addressee.Create(AddresseeKind.Company, "Café De Hoek BV", "0203201340", null, "nl").Value;

    [Theory]
    [InlineData(InfractionCategory.PureAdministrative)]
    [InlineData(InfractionCategory.MixedLight)]
    [InlineData(InfractionCategory.MixedSerious)]
    public void Record_PureAdministrativeOrMixed_Succeeds(InfractionCategory category)
    {
        var infraction = category == InfractionCategory.PureAdministrative ? Infraction() : MixedInfraction(category);

        var recorded = Record(infraction);

        Assert.True(recorded.IsSuccess);
        Assert.Equal([infraction.Code], recorded.Value.InfractionCodes);
        Assert.Equal(MeasureState.Pending, recorded.Value.StateOn(Date("2025-03-10")));
    }

    [Theory]
    [InlineData(InfractionCategory.Parking1)]
    [InlineData(InfractionCategory.Parking2)]
    [InlineData(InfractionCategory.CameraC3F103)]
    [InlineData(InfractionCategory.CycleZoneF111)]
    public void Record_TrafficInfraction_IsRefused(InfractionCategory category) =>
        Assert.Equal("COLLEGE_SANCTION_TRAFFIC_EXCLUDED", Record(Infraction(), TrafficInfraction(category)).FirstError.Code);

    [Fact]
    public void Record_WithoutInfraction_IsRefused() =>
        Assert.Equal("INFRACTIONS_REQUIRED", Record().FirstError.Code);

    [Fact]
    public void Decide_WithoutWarning_IsRefused()
    {
        var sanction = Record(Infraction()).Value;

        var decided = sanction.Decide(Date("2025-03-05"), CollegeSanctionKind.PermitWithdrawal, Date("2025-03-06"), null, "Herhaalde klachten.");

        Assert.Equal("COLLEGE_WARNING_REQUIRED", decided.FirstError.Code);
        Assert.Null(sanction.DecidedOn);
        Assert.Equal(1, sanction.Version);
    }

    [Theory]
    [InlineData("2025-02-28", "COLLEGE_DECISION_BEFORE_WARNING")] // the day before the warning
    [InlineData("2025-03-01", null)] // the day of the warning
    [InlineData("2025-03-02", null)] // the day after
    public void Decide_IsDatedNoEarlierThanTheWarning(string decidedOn, string? code)
    {
        var sanction = Warned();

        var decided = sanction.Decide(Date(decidedOn), CollegeSanctionKind.DefinitiveClosure, Date("2025-03-03"), null, "Reasons");

        Assert.Equal(code, decided.IsFailure ? decided.FirstError.Code : null);
    }

    [Theory]
    [InlineData("2025-03-04", "MEASURE_START_BEFORE_DECISION")]
    [InlineData("2025-03-05", null)]
    public void Decide_StartsNoEarlierThanDecided(string startsOn, string? code)
    {
        var decided = Warned().Decide(Date("2025-03-05"), CollegeSanctionKind.PermitWithdrawal, Date(startsOn), null, "Reasons");

        Assert.Equal(code, decided.IsFailure ? decided.FirstError.Code : null);
    }

    [Theory]
    [InlineData(CollegeSanctionKind.PermitSuspension, "2025-03-06", "MEASURE_END_NOT_AFTER_START")] // ends the day it starts
    [InlineData(CollegeSanctionKind.PermitSuspension, "2025-03-07", null)] // the day after the start
    [InlineData(CollegeSanctionKind.TemporaryClosure, null, "COLLEGE_SANCTION_END_REQUIRED")]
    [InlineData(CollegeSanctionKind.PermitWithdrawal, "2025-04-06", "COLLEGE_SANCTION_END_NOT_ALLOWED")]
    [InlineData(CollegeSanctionKind.DefinitiveClosure, "2025-04-06", "COLLEGE_SANCTION_END_NOT_ALLOWED")]
    [InlineData(CollegeSanctionKind.DefinitiveClosure, null, null)]
    public void Decide_OnlyTemporaryKindsHaveALastDayAfterTheFirst(CollegeSanctionKind kind, string? endsOn, string? code)
    {
        var decided = Warned().Decide(Date("2025-03-05"), kind, Date("2025-03-06"), endsOn is null ? null : Date(endsOn), "Reasons");

        Assert.Equal(code, decided.IsFailure ? decided.FirstError.Code : null);
    }

    [Theory]
    [InlineData("2025-03-05", MeasureState.Upcoming)] // the day before the start
    [InlineData("2025-03-06", MeasureState.Active)] // the first day
    [InlineData("2025-03-20", MeasureState.Active)] // the last day
    [InlineData("2025-03-21", MeasureState.Ended)] // the day after the last
    public void StateOn_FollowsTheDates(string today, MeasureState state)
    {
        var sanction = Warned();
        sanction.Decide(Date("2025-03-05"), CollegeSanctionKind.TemporaryClosure, Date("2025-03-06"), Date("2025-03-20"), "Reasons");

        Assert.Equal(state, sanction.StateOn(Date(today)));
    }

    [Fact]
    public void StateOn_ADefinitiveClosureNeverEnds()
    {
        var sanction = Warned();
        sanction.Decide(Date("2025-03-05"), CollegeSanctionKind.DefinitiveClosure, Date("2025-03-06"), null, "Reasons");

        Assert.Equal(MeasureState.Active, sanction.StateOn(Date("2035-03-06")));
    }

    [Theory]
    [InlineData("2025-03-04", "COLLEGE_NOTIFICATION_BEFORE_DECISION")]
    [InlineData("2025-03-05", null)]
    public void Notify_NoEarlierThanTheDecision(string sentOn, string? code)
    {
        var sanction = Warned();
        sanction.Decide(Date("2025-03-05"), CollegeSanctionKind.PermitWithdrawal, Date("2025-03-06"), null, "Reasons");

        var notified = sanction.Notify(Date(sentOn));

        Assert.Equal(code, notified.IsFailure ? notified.FirstError.Code : null);
    }

    [Fact]
    public void Notify_BeforeADecision_IsRefused() =>
        Assert.Equal("COLLEGE_SANCTION_NOT_DECIDED", Warned().Notify(Date("2025-03-05")).FirstError.Code);

    [Fact]
    public void Warn_Twice_IsRefused()
    {
        var sanction = Warned();

        Assert.Equal("ALREADY_DONE", sanction.Warn(Date("2025-03-02")).FirstError.Code);
        Assert.Equal(Date("2025-03-01"), sanction.WarnedOn);
        Assert.Equal(2, sanction.Version);
    }

    private static CollegeSanction Warned()
    {
        var sanction = Record(Infraction()).Value;
        sanction.Warn(Date("2025-03-01"));
        return sanction;
    }

    private static Common.Result<CollegeSanction> Record(params Infraction[] infractions) =>
        CollegeSanction.Record("44021", Holder, "Terrasvergunning Korenmarkt 1", infractions, null, Instant("2025-03-10T10:00:00+01:00"), "official@demo.sac");
}
