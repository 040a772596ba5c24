using Microsoft.OpenApi;

namespace Sac.Web.Hosting;

/// <summary>The OpenAPI document police systems and finders' apps integrate against (/openapi/v1.json).</summary>
internal static class OpenApiSetup
{
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddSacOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sac API";
            document.Info.Description =
                "The JSON API of Sac, for finders' devices, police systems and migrations. Every call carries "
                + "`Authorization: Bearer <token>`. Errors are RFC 9457 problem details: validation errors keyed by "
                + "the JSON path of the field, other refusals with a stable `code`.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token issued to a user (finder device, police system).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            return Task.CompletedTask;
        }));
}
