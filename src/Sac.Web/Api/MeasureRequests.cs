using Sac.Application.Measures;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;

namespace Sac.Web.Api;

// Bodies of the college sanctions' and place bans' endpoints. Dates are yyyy-MM-dd; Version, when given, is the version
// the caller saw (a stale one answers 409).

/// <summary>The holder of a college sanction, the person of a place ban.</summary>
internal sealed record AddresseeRequest(
    AddresseeKind? Kind, string? Name, string? Number, string? Street, string? HouseNumber, string? PostalCode, string? City, string? Country, string? Language)
{
    public AddresseeInput ToInput() => new(Kind, Name, Number, Street, HouseNumber, PostalCode, City, Country, Language);
}

/// <summary>The case it arose from by <c>caseNumber</c> (same municipality) or by <c>caseId</c>.</summary>
internal sealed record CollegeSanctionRequest(
    string? Municipality, AddresseeRequest? Holder, string? Subject, IReadOnlyList<string>? InfractionCodes, Guid? CaseId, string? CaseNumber);

/// <summary>warnings and notifications.</summary>
internal sealed record SentLetterRequest(DateOnly? SentOn, int? Version);

internal sealed record CollegeDecisionRequest(DateOnly? DecidedOn, CollegeSanctionKind? Kind, DateOnly? StartsOn, DateOnly? EndsOn, string? Reasons, int? Version);

internal sealed record PlaceBanRequest(string? Municipality, AddresseeRequest? Person, string? Place, PlaceBanGround? Ground, string? Grounds, DateOnly? HeardOn);

internal sealed record PlaceBanPeriodRequest(DateOnly? DecidedOn, DateOnly? StartsOn, DateOnly? EndsOn, int? Version);
