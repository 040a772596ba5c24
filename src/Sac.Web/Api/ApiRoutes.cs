namespace Sac.Web.Api;

public static class ApiRoutes
{
    public const string Prefix = "/api/v1";
}
