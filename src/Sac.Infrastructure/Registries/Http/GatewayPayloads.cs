using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sac.Infrastructure.Registries.Http;

// The gateway's JSON, exactly as docs/registry-http-contract.md describes it. These types never leave this folder: the
// adapters map them to Sac's own records. Every member is nullable so that a missing field is reported by name by the
// mapping instead of failing deep inside the serializer; unknown members are ignored.

internal sealed record PersonPayload(
    string? NationalNumber,
    NamePayload? Name,
    DateOnly? BirthDate,
    string? Gender,
    string? Language,
    AddressPayload? Residence,
    DeceasedPayload? Deceased);

internal sealed record NamePayload(string? Last, string? First);

internal sealed record DeceasedPayload(DateOnly? Date);

internal sealed record AddressPayload(
    string? Street,
    string? HouseNumber,
    string? Box,
    string? PostalCode,
    string? Municipality,
    string? Country);

internal sealed record VehicleHolderPayload(string? Plate, PeriodPayload? Period, HolderPayload? Holder);

internal sealed record PeriodPayload(DateOnly? From, DateOnly? Until);

internal sealed record HolderPayload(
    string? Type,
    HolderPersonPayload? Person,
    HolderCompanyPayload? Company,
    string? Language,
    AddressPayload? Address);

internal sealed record HolderPersonPayload(string? NationalNumber, NamePayload? Name, DateOnly? BirthDate);

internal sealed record HolderCompanyPayload(string? EnterpriseNumber, string? Name);

internal sealed record EnterprisePayload(
    string? EnterpriseNumber,
    string? Name,
    string? Status,
    string? Language,
    AddressPayload? Seat);

/// <summary>Source-generated (no reflection): camelCase names, matched case-insensitively; unknown members skipped.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(PersonPayload))]
[JsonSerializable(typeof(VehicleHolderPayload))]
[JsonSerializable(typeof(EnterprisePayload))]
internal sealed partial class GatewayJson : JsonSerializerContext;
