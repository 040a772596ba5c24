using Sac.Web.Hosting;

namespace Sac.Web.Api;

internal static class ApiEndpoints
{
    public static void MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoutes.Prefix).WithTags("Sac API v1").DisableAntiforgery().RequireRateLimiting(RateLimiting.Api);
        api.MapFindingsEndpoints();
        api.MapCasesEndpoints();
        api.MapProcedureEndpoints();
        api.MapDocumentsEndpoints();
        api.MapReasoningEndpoints();
        api.MapRegisterEndpoints();
        api.MapMunicipalitiesEndpoints();
        api.MapDataProtectionEndpoints();
        api.MapRegistryEndpoints();
        api.MapIdentificationEndpoints();
        api.MapAuditEndpoints();
        api.MapTokensEndpoints();
        api.MapBankStatementsEndpoints();
        api.MapDevicesEndpoints();
        api.MapCollegeSanctionsEndpoints();
        api.MapPlaceBansEndpoints();
    }
}
