using Microsoft.Extensions.Localization;
using Sac.Domain.Common;

namespace Sac.Web.Api;

/// <summary>Translates failed results into RFC 9457 problem details, with field-level errors keyed by JSON path.</summary>
internal static class ApiProblems
{
    public static IResult From(IReadOnlyList<Error> errors, IStringLocalizer<SharedResource> localizer)
    {
        var validation = errors.Where(e => e.Kind == ErrorKind.Validation).ToList();
        if (validation.Count > 0)
        {
            return Validation(validation.Select(e => (e.Field ?? string.Empty, Message(e, localizer), e.Code)));
        }

        var first = errors[0];
        var (status, title) = first.Kind switch
        {
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, "Forbidden"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            _ => (StatusCodes.Status422UnprocessableEntity, "The rules do not allow this"),
        };
        return Results.Problem(
            detail: Message(first, localizer),
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["code"] = first.Code, ["field"] = first.Field });
    }

    public static IResult Validation(IEnumerable<(string Field, string Message, string Code)> errors)
    {
        var list = errors.ToList();
        return Results.ValidationProblem(
            list.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request has invalid fields.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "VALIDATION_FAILED",
                ["errorCodes"] = list.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()),
            });
    }

    private static string Message(Error error, IStringLocalizer<SharedResource> localizer)
    {
        var localized = localizer[error.Code];
        return localized.ResourceNotFound ? error.Message : localized.Value;
    }
}
