using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Sac.Web.Tests.Access;

/// <summary>The application's endpoints as its route table has them, without the infrastructure that serves no case data.</summary>
public static class RouteTable
{
    /// <summary>
    /// Infrastructure, public by design and outside the roles: the health probe (load balancers call it anonymously),
    /// the OpenAPI document and its Scalar reference (describe the API, expose no data), and the static files' fallback.
    /// Static assets themselves are recognised by their <see cref="StaticAssetDescriptor"/>.
    /// </summary>
    private static readonly HashSet<string> Infrastructure =
    [
        "/health",
        "/openapi/{documentName}.json",
        "/api/reference/{documentName?}",
        "/api/reference/scalar.js",
        "/api/reference/scalar.aspnetcore.js",
        "/api/reference/favicon.svg",
        "/{**path:file}",
    ];

    public static IReadOnlyList<EndpointKey> Endpoints(IServiceProvider services) =>
    [
        .. services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => new EndpointKey(m, RouteOf(e))))
            .Where(key => !Infrastructure.Contains(key.Route))
            .Distinct(),
    ];

    /// <summary>Attribute and minimal-API routes as written; conventional MVC routes with their controller and action filled in.</summary>
    private static string RouteOf(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern;
        var route = pattern.RawText!.Trim('/');
        if (route.Contains("{controller", StringComparison.Ordinal))
        {
            route = $"{pattern.RequiredValues["controller"]}/{pattern.RequiredValues["action"]}/{{id?}}";
        }

        return "/" + route;
    }
}
