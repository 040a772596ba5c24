using Sac.Application.Municipalities.ChangeSettings;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Tests.Municipalities;

public sealed class ChangeSettingsHandlerTests
{
    private readonly Municipality gent = DemoMunicipalities.Gent();
    private readonly FakeMunicipalityRepository municipalities;

    public ChangeSettingsHandlerTests() => municipalities = new(gent, DemoMunicipalities.Antwerpen());

    [Fact]
    public async Task Handle_ValidSettings_ChangesThem()
    {
        var result = await Handle(new ChangeSettingsCommand(DemoMunicipalities.GentNis, 16, null, false, 45));

        Assert.True(result.IsSuccess);
        Assert.Equal(16, gent.Settings.MinorsMinimumAge);
        Assert.Null(gent.Settings.Caps2024AdoptedOn);
        Assert.False(gent.Settings.AdultMediationOffered);
        Assert.Equal(45, gent.Settings.PaymentTermDays);
    }

    [Fact]
    public async Task Handle_MinorsNotCovered_IsAValidChoice()
    {
        var result = await Handle(new ChangeSettingsCommand(DemoMunicipalities.GentNis, null, new DateOnly(2024, 3, 1), true, 30));

        Assert.True(result.IsSuccess);
        Assert.Null(gent.Settings.MinorsMinimumAge);
    }

    [Fact]
    public async Task Handle_MinorsFromAge15_DomainErrorOn_minorsMinimumAge_AndNothingChanges()
    {
        var before = gent.Settings;

        var result = await Handle(new ChangeSettingsCommand(DemoMunicipalities.GentNis, 15, null, false, 45));

        var error = Assert.Single(result.Errors);
        Assert.Equal("MINORS_MINIMUM_AGE_INVALID", error.Code);
        Assert.Equal("minorsMinimumAge", error.Field);
        Assert.Same(before, gent.Settings);
    }

    [Fact]
    public async Task Handle_PaymentTermOfZeroDays_DomainErrorOn_paymentTermDays()
    {
        var result = await Handle(new ChangeSettingsCommand(DemoMunicipalities.GentNis, 14, null, true, 0));

        Assert.Equal("paymentTermDays", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task Handle_MunicipalityTheUserDoesNotBelongTo_Forbidden()
    {
        var result = await Handle(new ChangeSettingsCommand(DemoMunicipalities.AntwerpenNis, 14, null, true, 30));

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task Handle_UnknownMunicipality_NotFound()
    {
        var result = await Handle(new ChangeSettingsCommand("99999", 14, null, true, 30));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    private async Task<Result> Handle(ChangeSettingsCommand command) =>
        await new ChangeSettingsHandler(FakeCurrentUser.Admin(), municipalities).Handle(command, CancellationToken.None);
}
