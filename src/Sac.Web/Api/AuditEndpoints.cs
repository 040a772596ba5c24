using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Domain.Audit;
using Sac.Web.Models;

namespace Sac.Web.Api;

/// <summary>The auditor's reading of the audit trail and of the registry-access log (api-v1.md), as JSON pages or CSV.</summary>
internal static class AuditEndpoints
{
    private const string Csv = "csv";

    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").RequireAuthorization(Roles.Auditor);
        audit.MapGet("/registry-access", RegistryAccess)
            .WithSummary("Every registry lookup, answered or refused, of the auditor's municipalities: newest first, filtered, paged; format=csv for a spreadsheet.")
            .Produces<AuditPage<RegistryAccessResponse>>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        audit.MapGet("/entries", Entries)
            .WithSummary("The audit trail of the auditor's municipalities (steps of cases, settings, regulation, reasoning blocks, sign-ins, tokens): newest first, filtered, paged; format=csv for a spreadsheet.")
            .Produces<AuditPage<AuditEntryResponse>>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
    }

    private static async Task<IResult> RegistryAccess(
        [AsParameters] RegistryAccessRequest request, IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock, CancellationToken ct)
    {
        if (!IsFormat(request.Format))
        {
            return UnknownFormat();
        }

        if (!EnumName.TryParse<RegistryAccessOutcome>(request.Outcome, out var outcome))
        {
            return ApiProblems.Validation([("outcome", "Unknown outcome.", "UNKNOWN_OUTCOME")]);
        }

        if (!EnumName.TryParse<RegistryKind>(request.Registry, out var registry))
        {
            return ApiProblems.Validation([("registry", "Unknown registry.", "UNKNOWN_REGISTRY")]);
        }

        if (!EnumName.TryParse<RegistryPurpose>(request.Purpose, out var purpose))
        {
            return ApiProblems.Validation([("purpose", "Unknown purpose.", "UNKNOWN_PURPOSE")]);
        }

        var export = IsCsv(request.Format);
        var found = await mediator.Send(request.ToQuery(outcome, registry, purpose, export), ct);
        if (found.IsFailure)
        {
            return ApiProblems.From(found.Errors, localizer);
        }

        var page = found.Value;
        return export
            ? Results.File(AuditCsv.RegistryAccesses(page.Items, localizer), AuditCsv.ContentType, AuditCsv.FileName("registry-access", clock))
            : Results.Ok(new AuditPage<RegistryAccessResponse>([.. page.Items.Select(RegistryAccessResponse.From)], page.Total, page.Page, page.PageSize));
    }

    private static async Task<IResult> Entries(
        [AsParameters] AuditEntriesRequest request, IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock, CancellationToken ct)
    {
        if (!IsFormat(request.Format))
        {
            return UnknownFormat();
        }

        var export = IsCsv(request.Format);
        var found = await mediator.Send(request.ToQuery(export), ct);
        if (found.IsFailure)
        {
            return ApiProblems.From(found.Errors, localizer);
        }

        var page = found.Value;
        return export
            ? Results.File(AuditCsv.Entries(page.Items, localizer), AuditCsv.ContentType, AuditCsv.FileName("audit", clock))
            : Results.Ok(new AuditPage<AuditEntryResponse>([.. page.Items.Select(AuditEntryResponse.From)], page.Total, page.Page, page.PageSize));
    }

    private static bool IsFormat(string? format) => format is null || format.Equals("json", StringComparison.OrdinalIgnoreCase) || IsCsv(format);

    private static bool IsCsv(string? format) => Csv.Equals(format, StringComparison.OrdinalIgnoreCase);

    private static IResult UnknownFormat() => ApiProblems.Validation([("format", "The format is json (the default) or csv.", "UNKNOWN_FORMAT")]);
}
