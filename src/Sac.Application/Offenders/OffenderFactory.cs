using Sac.Domain.Offenders;

namespace Sac.Application.Offenders;

/// <summary>Turns a validated <see cref="OffenderInput"/> into the domain's <see cref="Offender"/>.</summary>
internal static class OffenderFactory
{
    public static Offender ToOffender(this OffenderInput input)
    {
        var address = input.Address is { } a ? new Address(a.Street, a.HouseNumber, a.PostalCode, a.City, a.Country?.ToUpperInvariant()) : null;
        var offender = Enum.Parse<OffenderType>(input.Type!) switch
        {
            OffenderType.Person => Offender.Person(
                input.NationalRegisterNumber is null ? null : NationalRegisterNumber.Create(input.NationalRegisterNumber).Value,
                input.LastName, input.FirstName, input.BirthDate, input.Language, address),
            OffenderType.Company => Offender.Company(EnterpriseNumber.Create(input.EnterpriseNumber).Value, input.CompanyName, input.Language, address),
            _ => Offender.Vehicle(LicencePlate.Create(input.Plate, input.Country).Value),
        };

        // A person or company identified as the holder of a vehicle keeps its plate.
        return offender.IsIdentified && input.Plate is not null && LicencePlate.Create(input.Plate, input.Country).Value is var plate
            ? offender.WithVehicle(plate.Value, plate.Country)
            : offender;
    }
}
