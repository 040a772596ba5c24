namespace Sac.Application.Registries;

/// <summary>The National Register (Rijksregister / Registre national): a person by national register number.</summary>
public interface INationalRegister
{
    Task<RegistryAnswer<RegisteredPerson>> FindPersonAsync(string nationalRegisterNumber, CancellationToken cancellationToken);
}

/// <summary>The vehicle registry (DIV / Kruispuntbank van de Voertuigen): the holder of a plate on a date.</summary>
public interface IVehicleRegistry
{
    Task<RegistryAnswer<VehicleHolder>> FindHolderAsync(string plate, DateOnly at, CancellationToken cancellationToken);
}

/// <summary>The Crossroads Bank for Enterprises (KBO / BCE): a company by enterprise number.</summary>
public interface IEnterpriseRegister
{
    Task<RegistryAnswer<RegisteredCompany>> FindCompanyAsync(string enterpriseNumber, CancellationToken cancellationToken);
}
