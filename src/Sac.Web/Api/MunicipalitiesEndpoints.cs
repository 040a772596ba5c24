using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Domain.Common;
using Sac.Web.Models;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Api;

internal static class MunicipalitiesEndpoints
{
    public static void MapMunicipalitiesEndpoints(this RouteGroupBuilder api)
    {
        var municipalities = api.MapGroup("/municipalities/{nis}").RequireAuthorization(Roles.MunicipalAdmin);
        municipalities.MapGet(string.Empty, Get)
            .WithSummary("Settings and the regulation in force today, with every version.")
            .Produces<MunicipalityDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        municipalities.MapPut("/settings", ChangeSettings)
            .WithSummary("Record the council's legal choices.")
            .Accepts<SettingsRequest>("application/json")
            .Produces<MunicipalityDetails>()
            .ProducesValidationProblem();
        municipalities.MapGet("/infractions", ExportRegulation)
            .WithSummary("The regulation as a spreadsheet: format=csv (default) or xlsx; on=YYYY-MM-DD for the versions in force that day, every version otherwise.")
            .Produces(StatusCodes.Status200OK, contentType: CsvFile.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        municipalities.MapPut("/infractions/{code}", DefineInfraction)
            .WithSummary("Add a version of an infraction from validFrom on (the version in force ends the day before), or correct the latest.")
            .Accepts<InfractionRequest>("application/json")
            .Produces<MunicipalityDetails>()
            .ProducesValidationProblem();
        municipalities.MapPut("/letterhead", ChangeLetterhead)
            .WithSummary("The sender block of the municipality's letters and the account fines are paid into.")
            .Accepts<LetterheadRequest>("application/json")
            .Produces<MunicipalityDetails>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> Get(string nis, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
    }

    private static async Task<IResult> ExportRegulation(
        string nis, DateOnly? on, string? format, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis, on), ct);
        if (found.IsFailure)
        {
            return ApiProblems.From(found.Errors, localizer);
        }

        return RegulationDownload.Of(found.Value, on, format, localizer) is { } file
            ? Results.File(file.FileContents, file.ContentType, file.FileDownloadName)
            : ApiProblems.Validation([("format", localizer["Regulation.Export.FormatUnknown"], "NOT_ALLOWED")]);
    }

    private static Task<IResult> ChangeSettings(string nis, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
        Change<SettingsRequest>(nis, http, mediator, localizer, request => mediator.Send(request.ToCommand(nis), http.HttpContext.RequestAborted));

    private static Task<IResult> DefineInfraction(string nis, string code, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
        Change<InfractionRequest>(nis, http, mediator, localizer, request => mediator.Send(request.ToCommand(nis, code), http.HttpContext.RequestAborted));

    private static Task<IResult> ChangeLetterhead(string nis, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
        Change<LetterheadRequest>(nis, http, mediator, localizer, request => mediator.Send(request.ToCommand(nis), http.HttpContext.RequestAborted));

    private static async Task<IResult> Change<TRequest>(
        string nis, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer, Func<TRequest, ValueTask<Result>> send)
        where TRequest : class
    {
        var (request, problem) = await JsonBody.ReadAsync<TRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var changed = await send(request!);
        return changed.IsSuccess ? await Get(nis, mediator, localizer, http.HttpContext.RequestAborted) : ApiProblems.From(changed.Errors, localizer);
    }
}
