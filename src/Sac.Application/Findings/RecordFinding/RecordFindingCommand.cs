using System.Text.Json.Serialization;
using Mediator;
using Sac.Application.Documents;
using Sac.Application.Offenders;
using Sac.Domain.Common;

namespace Sac.Application.Findings.RecordFinding;

/// <summary>
/// A finder records a finding; it opens a case (api-v1.md, POST /api/v1/findings). <paramref name="ExternalId"/>
/// is the client's idempotency key: the browser form generates one too. <paramref name="Photos"/> are kept with the case as
/// evidence, in the same transaction. <paramref name="Device"/> names the automatic device (camera) that recorded the finding.
/// </summary>
public sealed record RecordFindingCommand(
    string? ExternalId,
    string? Municipality,
    string? InfractionCode,
    DateTimeOffset? FactsAt,
    DateTimeOffset? FindingAt,
    PlaceInput? Place,
    string? Description,
    OffenderInput? Offender,
    // Left out of the fingerprint's JSON when absent, so findings recorded before photos existed keep their fingerprint.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<UploadedFile>? Photos = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FindingDeviceInput? Device = null) : ICommand<Result<RecordFindingOutcome>>;

/// <summary>The device's identifier as registered in the municipality, e.g. <c>CAM-GENT-001</c>.</summary>
public sealed record FindingDeviceInput(string? Id);

public sealed record PlaceInput(string? Street, string? HouseNumber, string? PostalCode, string? City, double? Latitude, double? Longitude);

/// <param name="CaseId">The case the finding opened (or opened earlier, for a retry).</param>
/// <param name="Created">False when the same externalId and content came before: nothing new was stored.</param>
public sealed record RecordFindingOutcome(Guid CaseId, bool Created);
