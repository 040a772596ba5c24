using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Sac.Web.Api;

/// <summary>
/// Reads a JSON body in two steps, so the client learns what is wrong: text that is not JSON is an
/// error of the whole body; a value of the wrong type is an error of that field, keyed by its JSON path.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Invalid(request, string.Empty, "JSON_REQUIRED"));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, Invalid(request, string.Empty, "MALFORMED_JSON"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Invalid(request, string.Empty, "JSON_OBJECT_REQUIRED"));
            }

            try
            {
                var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
                return (document.Deserialize<T>(options), null);
            }
            catch (JsonException e)
            {
                return (null, Invalid(request, FieldOf(e.Path), "INVALID_VALUE"));
            }
        }
    }

    private static IResult Invalid(HttpRequest request, string field, string code)
    {
        var localizer = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return ApiProblems.Validation([(field, localizer[code].Value, code)]);
    }

    private static string FieldOf(string? path) => path is null or "$" ? string.Empty : path.TrimStart('$', '.');
}
