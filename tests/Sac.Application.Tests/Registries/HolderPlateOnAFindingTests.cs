using Sac.Application.Offenders;
using Sac.Application.Tests.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Tests.Registries;

/// <summary>A finding whose offender was looked up as the holder of a plate keeps the plate with the person or company.</summary>
public sealed class HolderPlateOnAFindingTests
{
    [Fact]
    public void APersonWithThePlateOfTheirVehicle_KeepsIt()
    {
        var input = new OffenderInput("Person", NationalRegisterNumber: "95031720144", LastName: "Dupont", Plate: "1-gnt-482", Country: "be");

        Assert.Empty(Validation.Failures(new OffenderInputValidator(), input));
        var offender = input.ToOffender();
        Assert.Equal((OffenderType.Person, "1GNT482", "BE"), (offender.Type, offender.Plate, offender.PlateCountry));
        Assert.True(offender.IsIdentified);
    }

    [Fact]
    public void ACompanyWithThePlateOfItsCar_KeepsIt()
    {
        var offender = new OffenderInput("Company", EnterpriseNumber: "0831797467", Plate: "1LGE730", Country: "BE").ToOffender();

        Assert.Equal((OffenderType.Company, "1LGE730"), (offender.Type, offender.Plate));
    }

    [Fact]
    public void APlateThatIsNoPlate_IsRefusedForAPersonToo()
    {
        var failures = Validation.Failures(new OffenderInputValidator(), new OffenderInput("Person", NationalRegisterNumber: "95031720144", Plate: "1-ABO-123", Country: "BE"));

        Assert.Equal(["Plate:PLATE_INVALID"], failures);
    }

    [Fact]
    public void APersonWithoutAPlate_IsAsBefore()
    {
        var offender = new OffenderInput("Person", NationalRegisterNumber: "95031720144").ToOffender();

        Assert.Null(offender.Plate);
        Assert.Null(offender.PlateCountry);
    }
}
