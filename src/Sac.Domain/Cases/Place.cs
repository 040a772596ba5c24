namespace Sac.Domain.Cases;

/// <summary>Where the facts happened: an address, and the position the finder's device gave.</summary>
public sealed record Place(string? Street, string? HouseNumber, string? PostalCode, string? City, double? Latitude, double? Longitude);
