namespace Sac.Domain.Offenders;

public sealed record Address(string? Street, string? HouseNumber, string? PostalCode, string? City, string? Country);
