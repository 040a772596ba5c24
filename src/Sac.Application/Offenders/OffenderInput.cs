namespace Sac.Application.Offenders;

/// <summary>The offender as a finding or a register import describes it (api-v1.md).</summary>
public sealed record OffenderInput(
    string? Type,
    string? NationalRegisterNumber = null,
    string? LastName = null,
    string? FirstName = null,
    DateOnly? BirthDate = null,
    string? Language = null,
    AddressInput? Address = null,
    string? EnterpriseNumber = null,
    string? CompanyName = null,
    string? Plate = null,
    string? Country = null);

public sealed record AddressInput(string? Street, string? HouseNumber, string? PostalCode, string? City, string? Country);
