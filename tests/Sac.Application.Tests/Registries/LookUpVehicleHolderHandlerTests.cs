using Sac.Application.Registries.Lookups;
using Sac.Application.Tests.Fakes;
using Sac.Domain.Audit;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Registries;

/// <summary>The holder of a plate on a date: the date is required and logged; the plate is Belgian and logged normalised.</summary>
public sealed class LookUpVehicleHolderHandlerTests
{
    private const string Identify = "IdentifyOffender";

    private readonly RegistryHarness harness = new();

    public LookUpVehicleHolderHandlerTests()
    {
        harness.Registries.Holders.Add(FakeRegistries.PersonHolder("1GNT482", "2019-05-02", "2025-03-04", "95031720144", "Dupont"));
        harness.Registries.Holders.Add(FakeRegistries.PersonHolder("1GNT482", "2025-03-05", null, "75120131850", "Maes"));
        harness.Registries.Holders.Add(FakeRegistries.CompanyHolder("1LGE730"));
    }

    [Theory]
    [InlineData("2025-03-04", "Dupont")]
    [InlineData("2025-03-05", "Maes")]
    public async Task TheHolderOnTheDate_IsAnswered_AndTheDateLogged(string at, string holder)
    {
        var result = await LookUp("1-gnt-482", at);

        Assert.Equal(holder, result.Value.Name);
        var line = harness.Line;
        Assert.Equal((RegistryKind.VehicleRegistry, "1GNT482", RegistryAccessOutcome.Answered), (line.Registry, line.Subject, line.Outcome));
        Assert.Equal(DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture), line.AtDate);
        Assert.Equal("plate,holderFrom,nationalRegisterNumber,name,firstNames,language,address", line.FieldsReturned.Replace("holderUntil,", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACompanyHolder_ComesBackWithItsEnterpriseNumber()
    {
        var result = await LookUp("1LGE730", "2025-03-01");

        Assert.Equal("0831797467", result.Value.EnterpriseNumber);
        Assert.Contains("enterpriseNumber", harness.Line.FieldsReturned, StringComparison.Ordinal);
        Assert.DoesNotContain("nationalRegisterNumber", harness.Line.FieldsReturned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheFirstHolder_NobodyHeldIt()
    {
        var result = await LookUp("1GNT482", "2019-05-01");

        Assert.Equal(("HOLDER_NOT_FOUND", ErrorKind.NotFound), (result.FirstError.Code, result.FirstError.Kind));
        Assert.Equal(RegistryAccessOutcome.NotFound, harness.Line.Outcome);
    }

    [Theory]
    [InlineData(null, "DATE_REQUIRED")]
    [InlineData("01/03/2025", "DATE_INVALID")]
    [InlineData("2025-02-30", "DATE_INVALID")]
    public async Task WithoutAReadableDate_IsRefusedOnAt_AndLogged(string? at, string code)
    {
        var result = await LookUp("1GNT482", at);

        Assert.Equal((code, "at"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(0, harness.Registries.Questions);
        Assert.Equal((RegistryAccessOutcome.Refused, "1GNT482", (DateOnly?)null), (harness.Line.Outcome, harness.Line.Subject, harness.Line.AtDate));
    }

    [Fact]
    public async Task AnUnknownPlateFormat_IsRefusedOnPlate_AndLogged()
    {
        var result = await LookUp("1-ABO-123", "2025-03-01");

        Assert.Equal(("PLATE_FORMAT", "plate"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal((RegistryAccessOutcome.Refused, "1-ABO-123"), (harness.Line.Outcome, harness.Line.Subject));
    }

    [Fact]
    public async Task EverythingWrongAtOnce_IsOneRefusalWithEveryField()
    {
        var result = await LookUp("1-ABO-123", null, reference: null, purpose: null);

        Assert.Equal(["at", "plate", "purpose", "reference"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(RegistryAccessOutcome.Refused, harness.Line.Outcome);
    }

    [Fact]
    public async Task ARegistryFailure_IsLoggedAsFailed()
    {
        harness.Registries.Down = true;

        var result = await LookUp("1GNT482", "2025-03-01");

        Assert.Equal("REGISTRY_UNAVAILABLE", result.FirstError.Code);
        Assert.Equal(RegistryAccessOutcome.Failed, harness.Line.Outcome);
    }

    private async Task<Result<Sac.Application.Registries.VehicleHolder>> LookUp(string plate, string? at, string? reference = "finding-1", string? purpose = Identify) =>
        await harness.VehicleHandler.Handle(new LookUpVehicleHolderQuery(plate, at, reference, purpose), CancellationToken.None);
}
