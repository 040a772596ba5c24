using Sac.Domain.Offenders;

namespace Sac.Application.Registries;

/// <summary>A person as the National Register knows them: identification data only (gas-law.md §6, data minimisation).</summary>
public sealed record RegisteredPerson(
    string NationalRegisterNumber,
    string LastName,
    string FirstNames,
    DateOnly BirthDate,
    Sex Sex,
    string? Language,
    Address MainAddress,
    bool Deceased);

/// <summary>The holder of a plate over a period, as the vehicle registry (DIV) knows it: a person or a company.</summary>
public sealed record VehicleHolder(
    string Plate,
    DateOnly HolderFrom,
    DateOnly? HolderUntil,
    string? NationalRegisterNumber,
    string? EnterpriseNumber,
    string Name,
    string? FirstNames,
    DateOnly? BirthDate,
    string? Language,
    Address Address);

/// <summary>A company as the Crossroads Bank for Enterprises knows it.</summary>
public sealed record RegisteredCompany(string EnterpriseNumber, string Name, Address Seat, bool Active, string? Language);
