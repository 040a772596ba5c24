using Microsoft.Extensions.Time.Testing;
using Sac.Application.Offenders;
using Sac.Application.Register.ImportRegisterEntry;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Register;

public sealed class ImportRegisterEntryHandlerTests
{
    private readonly FakeMunicipalityRepository municipalities = new(DemoMunicipalities.Gent(), DemoMunicipalities.Antwerpen());
    private readonly FakeRegisterRepository register = new();
    private readonly FakeTimeProvider clock = TestClock.At("2025-03-10T12:00:00+01:00");

    [Fact]
    public async Task Handle_FinalFine_AddsARegisterEntryForTheOffender()
    {
        var result = await Handle(RegisterCommands.GraffitiFine());

        Assert.True(result.IsSuccess);
        var entry = Assert.Single(register.Entries);
        Assert.Equal(result.Value, entry.Id);
        Assert.Equal(DemoMunicipalities.GentNis, entry.MunicipalityNis);
        Assert.Equal("GRAFFITI", entry.InfractionCode);
        Assert.Equal("NRN:88022999990", entry.OffenderKey);
        Assert.Equal(150m, entry.Amount);
        Assert.True(entry.Final);
        Assert.Equal("official@demo.sac", entry.RecordedBy);
        Assert.Equal(clock.GetUtcNow(), entry.RecordedAt);
    }

    [Fact]
    public async Task Handle_CommunityService_KeepsTheHoursAndNoAmount()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { Kind = SanctionKind.CommunityService, Amount = 150m, Hours = 10 });

        Assert.True(result.IsSuccess);
        var entry = Assert.Single(register.Entries);
        Assert.Equal(10, entry.Hours);
        Assert.Null(entry.Amount);
    }

    [Fact]
    public async Task Handle_FineWithoutAmount_AMOUNT_REQUIRED_On_amount()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { Amount = null });

        var error = Assert.Single(result.Errors);
        Assert.Equal("AMOUNT_REQUIRED", error.Code);
        Assert.Equal("amount", error.Field);
        Assert.Empty(register.Entries);
    }

    [Fact]
    public async Task Handle_NoSanction_IsRefusedOn_kind()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { Kind = SanctionKind.NoSanction, Amount = null });

        var error = Assert.Single(result.Errors);
        Assert.Equal("NOT_A_SANCTION", error.Code);
        Assert.Equal("kind", error.Field);
        Assert.Empty(register.Entries);
    }

    [Fact]
    public async Task Handle_UnknownInfractionCode_UNKNOWN_INFRACTION_On_infractionCode()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { InfractionCode = "JAYWALKING" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("UNKNOWN_INFRACTION", error.Code);
        Assert.Equal("infractionCode", error.Field);
        Assert.Empty(register.Entries);
    }

    [Fact]
    public async Task Handle_MunicipalityTheUserDoesNotBelongTo_Forbidden()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { Municipality = DemoMunicipalities.AntwerpenNis });

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Empty(register.Entries);
    }

    [Fact]
    public async Task Handle_UnknownMunicipality_UNKNOWN_MUNICIPALITY_On_municipality()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { Municipality = "99999" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("UNKNOWN_MUNICIPALITY", error.Code);
        Assert.Equal("municipality", error.Field);
    }

    [Fact]
    public async Task Handle_VehicleOffender_OFFENDER_UNIDENTIFIED()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { Offender = new OffenderInput("Vehicle", Plate: "1-ABC-123", Country: "BE") });

        Assert.Equal("OFFENDER_UNIDENTIFIED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Handle_DecisionInTheFuture_DECIDED_IN_FUTURE()
    {
        var result = await Handle(RegisterCommands.GraffitiFine() with { DecidedAt = new DateOnly(2025, 3, 11) });

        Assert.Equal("DECIDED_IN_FUTURE", Assert.Single(result.Errors).Code);
    }

    private async Task<Result<Guid>> Handle(ImportRegisterEntryCommand command) =>
        await new ImportRegisterEntryHandler(FakeCurrentUser.Official(), municipalities, register, clock).Handle(command, CancellationToken.None);
}
