using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Registries.Demo;

/// <summary>
/// The vehicle registry (DIV) of the demo: the holder of a plate on a date, from the registrations of
/// <see cref="DemoRegistryData"/>; one plate fails on purpose (<see cref="DemoRegistryData.UnavailablePlate"/>).
/// </summary>
internal sealed class DemoVehicleRegistry : IVehicleRegistry
{
    private const string Belgium = "BE";

    public Task<RegistryAnswer<VehicleHolder>> FindHolderAsync(string plate, DateOnly at, CancellationToken cancellationToken)
    {
        var normalised = LicencePlate.Create(plate, Belgium);
        if (normalised.IsFailure)
        {
            return Task.FromResult(RegistryAnswer<VehicleHolder>.NotFound());
        }

        var value = normalised.Value.Value;
        if (value == DemoRegistryData.UnavailablePlate)
        {
            return Task.FromResult(RegistryAnswer<VehicleHolder>.Failed("Demo: the vehicle registry is unavailable for this plate."));
        }

        var registration = DemoRegistryData.Registrations.FirstOrDefault(r => r.Plate == value && r.Covers(at));
        var holder = registration is null ? null : HolderOf(registration);
        return Task.FromResult(holder is null ? RegistryAnswer<VehicleHolder>.NotFound() : RegistryAnswer<VehicleHolder>.Found(holder));
    }

    private static VehicleHolder? HolderOf(DemoRegistration registration)
    {
        if (DemoRegistryData.People.FirstOrDefault(p => p.NationalRegisterNumber == registration.NationalRegisterNumber) is { } person)
        {
            return new VehicleHolder(
                registration.Plate, registration.From, registration.Until, person.NationalRegisterNumber, null,
                person.LastName, person.FirstNames, person.BirthDate, person.Language, person.MainAddress);
        }

        return DemoRegistryData.Companies.FirstOrDefault(c => c.EnterpriseNumber == registration.EnterpriseNumber) is { } company
            ? new VehicleHolder(registration.Plate, registration.From, registration.Until, null, company.EnterpriseNumber, company.Name, null, null, company.Language, company.Seat)
            : null;
    }
}
