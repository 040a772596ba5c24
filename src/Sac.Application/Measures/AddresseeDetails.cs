using Sac.Domain.Measures;

namespace Sac.Application.Measures;

/// <summary>An addressee as the API answers it.</summary>
public sealed record AddresseeDetails(
    AddresseeKind Kind, string Name, string? Number, string? Street, string? HouseNumber, string? PostalCode, string? City, string? Country, string Language)
{
    public static AddresseeDetails Of(Addressee a) => new(
        a.Kind, a.Name, a.NationalRegisterNumber ?? a.EnterpriseNumber, a.Address?.Street, a.Address?.HouseNumber, a.Address?.PostalCode,
        a.Address?.City, a.Address?.Country, a.Language);
}
