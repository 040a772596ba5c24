using System.Text.Json;

namespace Sac.Web.Api;

/// <summary>
/// Reads a JSON body and turns malformed JSON or a wrong type into a field-level 400
/// (keyed by the JSON path of the offending value), instead of a bare 400.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            var value = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
            return value is null ? (null, Invalid(string.Empty, "A JSON object is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(FieldOf(e.Path), "This value is not valid JSON of the expected type."));
        }
        catch (InvalidOperationException)
        {
            return (null, Invalid(string.Empty, "The body must be application/json."));
        }
    }

    private static IResult Invalid(string field, string message) => ApiProblems.Validation([(field, message, "INVALID_JSON")]);

    private static string FieldOf(string? path) => path is null or "$" ? string.Empty : path.TrimStart('$', '.');
}
