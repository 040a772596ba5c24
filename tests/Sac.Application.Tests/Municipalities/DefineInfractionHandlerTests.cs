using Sac.Application.Municipalities.DefineInfraction;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Tests.Municipalities;

public sealed class DefineInfractionHandlerTests
{
    private readonly Municipality gent = DemoMunicipalities.Gent();
    private readonly FakeMunicipalityRepository municipalities;

    public DefineInfractionHandlerTests() => municipalities = new(gent, DemoMunicipalities.Antwerpen());

    private static DefineInfractionCommand Smoking() => new(
        DemoMunicipalities.GentNis, "SMOKING", InfractionCategory.PureAdministrative, "art. 7", "Roken", "Fumer",
        50m, 350m, 100m, null, MinorsAllowed: true, new DateOnly(2025, 1, 1));

    [Fact]
    public async Task Handle_NewCode_AddsItToTheRegulation()
    {
        var result = await Handle(Smoking());

        Assert.True(result.IsSuccess);
        var smoking = gent.InfractionOn("SMOKING", new DateOnly(2025, 1, 1));
        Assert.NotNull(smoking);
        Assert.Equal(100m, smoking.DefaultAmount);
        Assert.Null(gent.InfractionOn("SMOKING", new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public async Task Handle_NewVersionOfAnExistingCode_EndsTheVersionInForceTheDayBefore()
    {
        var result = await Handle(Smoking() with { Code = "LITTER", MinimumAmount = 75m, DefaultAmount = 120m });

        Assert.True(result.IsSuccess);
        Assert.Equal(50m, gent.InfractionOn("LITTER", new DateOnly(2024, 12, 31))!.MinimumAmount);
        Assert.Equal(75m, gent.InfractionOn("LITTER", new DateOnly(2025, 1, 1))!.MinimumAmount);
    }

    [Fact]
    public async Task Handle_MinimumAboveMaximum_DomainErrorAndNothingAdded()
    {
        var result = await Handle(Smoking() with { MinimumAmount = 400m, DefaultAmount = null });

        var error = Assert.Single(result.Errors);
        Assert.Equal("MINIMUM_ABOVE_MAXIMUM", error.Code);
        Assert.Equal("minimumAmount", error.Field);
        Assert.DoesNotContain(gent.Infractions, i => i.Code == "SMOKING");
    }

    [Fact]
    public async Task Handle_VersionStartingBeforeTheVersionInForce_BusinessRuleError()
    {
        var result = await Handle(Smoking() with { Code = "LITTER", ValidFrom = new DateOnly(2013, 12, 31) });

        Assert.Equal("VALID_FROM_BEFORE_CURRENT_VERSION", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Handle_MunicipalityTheUserDoesNotBelongTo_Forbidden()
    {
        var result = await Handle(Smoking() with { Nis = DemoMunicipalities.AntwerpenNis });

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task Handle_UnknownMunicipality_NotFound()
    {
        var result = await Handle(Smoking() with { Nis = "99999" });

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    private async Task<Result> Handle(DefineInfractionCommand command) =>
        await new DefineInfractionHandler(FakeCurrentUser.Admin(), municipalities).Handle(command, CancellationToken.None);
}
