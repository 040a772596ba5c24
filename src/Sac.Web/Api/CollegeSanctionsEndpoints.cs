using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.CollegeSanctions;
using Sac.Application.Measures;
using Sac.Web.Hosting;

namespace Sac.Web.Api;

/// <summary>The college's suspensions, withdrawals and closures (gas-law.md §3.1, §3.7), and the letters of all measures.</summary>
internal static class CollegeSanctionsEndpoints
{
    private const string Path = "college-sanctions";

    public static void MapCollegeSanctionsEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost($"/{Path}", (HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
                MeasureEndpoints.CreateAsync<CollegeSanctionRequest, CollegeSanctionDetails>(
                    http, mediator, localizer, Path,
                    r => new RecordCollegeSanctionCommand(r.Municipality, r.Holder?.ToInput(), r.Subject, r.InfractionCodes, r.CaseId, r.CaseNumber),
                    id => new GetCollegeSanctionQuery(id)))
            .RequireAuthorization(Policies.KeepsMeasures)
            .WithSummary(
                "Record a suspension, withdrawal or closure to be decided by the college, linked to the GAS case it arose from by caseNumber or caseId "
                + "(400 CASE_NOT_FOUND for a number the municipality does not have); 422 COLLEGE_SANCTION_TRAFFIC_EXCLUDED for a parking or traffic infraction.")
            .Accepts<CollegeSanctionRequest>("application/json")
            .Produces<CollegeSanctionDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet($"/{Path}/{{id:guid}}", async (Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
                MeasureEndpoints.Answer(await mediator.Send(new GetCollegeSanctionQuery(id), ct), localizer))
            .RequireAuthorization(Policies.ReadsMeasures)
            .WithSummary("A college sanction with its state today (Pending, Upcoming, Active, Ended) and its letters.")
            .Produces<CollegeSanctionDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet(
                "/municipalities/{nis}/college-sanctions",
                async (string nis, bool? endingSoon, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
                    MeasureEndpoints.Answer(await mediator.Send(new ListCollegeSanctionsQuery(nis, endingSoon == true), ct), localizer))
            .RequireAuthorization(Policies.ReadsMeasures)
            .WithSummary("The municipality's register of college sanctions, newest first; endingSoon=true keeps the active ones whose last day is within a week.")
            .Produces<IReadOnlyList<CollegeSanctionDetails>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapStep<SentLetterRequest, CollegeSanctionDetails>(
                $"/{Path}/{{id:guid}}/warnings", (id, r) => new SendCollegeWarningCommand(id, r.SentOn, r.Version), id => new GetCollegeSanctionQuery(id))
            .RequireAuthorization(Policies.KeepsMeasures)
            .WithSummary("The prior warning with the extract of the regulation, sent on sentOn; its letter is kept with the sanction.");
        api.MapStep<CollegeDecisionRequest, CollegeSanctionDetails>(
                $"/{Path}/{{id:guid}}/decisions",
                (id, r) => new DecideCollegeSanctionCommand(id, r.DecidedOn, r.Kind, r.StartsOn, r.EndsOn, r.Reasons, r.Version),
                id => new GetCollegeSanctionQuery(id))
            .RequireAuthorization(Policies.KeepsMeasures)
            .WithSummary("The college's decision; 422 COLLEGE_WARNING_REQUIRED before a warning, COLLEGE_DECISION_BEFORE_WARNING when dated before it.");
        api.MapStep<SentLetterRequest, CollegeSanctionDetails>(
                $"/{Path}/{{id:guid}}/notifications", (id, r) => new NotifyCollegeSanctionCommand(id, r.SentOn, r.Version), id => new GetCollegeSanctionQuery(id))
            .RequireAuthorization(Policies.KeepsMeasures)
            .WithSummary("The decision notified on sentOn, with the appeal to the Council of State; its letter is kept with the sanction.");
        api.MapGet("/measure-documents/{id:guid}", Download)
            .RequireAuthorization(Policies.ReadsMeasures)
            .WithSummary("A letter of a college sanction or place ban, as sent (its SHA-256 is in the measure's documents).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Download(Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var found = await mediator.Send(new GetMeasureDocumentQuery(id), ct);
        return found.IsSuccess ? Results.File(found.Value.Content, found.Value.ContentType, found.Value.FileName) : ApiProblems.From(found.Errors, localizer);
    }
}
