using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.DataProtection.SubjectReport;

namespace Sac.Web.Api;

internal static class DataProtectionEndpoints
{
    public static void MapDataProtectionEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/data-protection/subjects/{nationalRegisterNumber}", GetSubjectReport)
            .RequireAuthorization(Roles.Auditor)
            .WithSummary("The data-subject report for the DPO: everything Sac holds about one national register number in the auditor's municipalities.")
            .Produces<DataSubjectReport>()
            .ProducesValidationProblem();

    private static async Task<IResult> GetSubjectReport(
        string nationalRegisterNumber, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var report = await mediator.Send(new GetDataSubjectReportQuery(nationalRegisterNumber), ct);
        return report.IsSuccess ? Results.Ok(report.Value) : ApiProblems.From(report.Errors, localizer);
    }
}
