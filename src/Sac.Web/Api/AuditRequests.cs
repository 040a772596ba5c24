using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Sac.Application.Audit;
using Sac.Domain.Audit;

namespace Sac.Web.Api;

/// <summary>The query string of GET /api/v1/audit/entries; <c>format=csv</c> answers every matching line as a spreadsheet.</summary>
internal sealed record AuditEntriesRequest(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "user")] string? User,
    [FromQuery(Name = "action")] string? Action,
    [FromQuery(Name = "municipality")] string? Municipality,
    [FromQuery(Name = "subject")] string? Subject,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize,
    [FromQuery(Name = "format")] string? Format)
{
    public SearchAuditEntriesQuery ToQuery(bool export) =>
        new(From, To, User, Action, Municipality, Subject, Page ?? 1, PageSize ?? 50, export);
}

/// <summary>The query string of GET /api/v1/audit/registry-access; <c>format=csv</c> answers every matching line as a spreadsheet.</summary>
internal sealed record RegistryAccessRequest(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "user")] string? User,
    [FromQuery(Name = "outcome")] string? Outcome,
    [FromQuery(Name = "registry")] string? Registry,
    [FromQuery(Name = "purpose")] string? Purpose,
    [FromQuery(Name = "subject")] string? Subject,
    [FromQuery(Name = "reference")] string? Reference,
    [FromQuery(Name = "municipality")] string? Municipality,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize,
    [FromQuery(Name = "format")] string? Format)
{
    public SearchRegistryAccessesQuery ToQuery(RegistryAccessOutcome? outcome, RegistryKind? registry, RegistryPurpose? purpose, bool export) =>
        new(From, To, User, outcome, registry, purpose, Subject, Reference, Municipality, Page ?? 1, PageSize ?? 50, export);
}

/// <summary>One line of the audit trail; before and after are the changed fields as JSON objects.</summary>
internal sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    string User,
    IReadOnlyList<string> Roles,
    string Action,
    string? Municipality,
    AuditSubject? Subject,
    string? SubjectId,
    string? SubjectLabel,
    JsonNode? Before,
    JsonNode? After)
{
    public static AuditEntryResponse From(AuditLine line) => new(
        line.Id, line.At, line.UserName, Split(line.Roles), line.Action, line.Municipality, line.Subject, line.SubjectId, line.SubjectLabel,
        Json(line.Before), Json(line.After));

    internal static IReadOnlyList<string> Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The stored JSON as an object; text that is not JSON (cut to fit) as a string, so nothing is hidden.</summary>
    private static JsonNode? Json(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}

/// <summary>One registry lookup: who, when, which number or plate, which reference and purpose, what came back (field names).</summary>
internal sealed record RegistryAccessResponse(
    long Id,
    DateTimeOffset At,
    string User,
    string Role,
    RegistryKind Registry,
    string Subject,
    DateOnly? AtDate,
    string Reference,
    RegistryPurpose? Purpose,
    RegistryAccessOutcome Outcome,
    IReadOnlyList<string> FieldsReturned)
{
    public static RegistryAccessResponse From(RegistryAccessLine line) => new(
        line.Id, line.At, line.UserName, line.Role, line.Registry, line.Subject, line.AtDate, line.Reference, line.Purpose, line.Outcome,
        AuditEntryResponse.Split(line.FieldsReturned));
}

/// <summary>A page of a log, as GET /api/v1/cases pages cases.</summary>
internal sealed record AuditPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
