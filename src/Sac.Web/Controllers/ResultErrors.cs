using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sac.Domain.Common;
using Sac.Web.Hosting;

namespace Sac.Web.Controllers;

/// <summary>Translates a failed result for a browser: 404, 403, or messages beside the form fields.</summary>
internal static class ResultErrors
{
    /// <summary>NotFound and Forbidden end the request; null means the errors belong on the form.</summary>
    public static IActionResult? Refusal(this ControllerBase controller, IReadOnlyList<Error> errors) =>
        errors.Any(e => e.Kind == ErrorKind.NotFound) ? controller.NotFound()
        : errors.Any(e => e.Kind == ErrorKind.Forbidden) ? controller.Forbid()
        : null;

    /// <summary>The status of a page shown again with errors: 409 someone changed it meanwhile, 422 the law does not allow it, 400 a field is wrong.</summary>
    public static int StatusOf(IReadOnlyList<Error> errors) =>
        errors.Any(e => e.Kind == ErrorKind.Conflict) ? StatusCodes.Status409Conflict
        : errors.Any(e => e.Kind == ErrorKind.BusinessRule) ? StatusCodes.Status422UnprocessableEntity
        : StatusCodes.Status400BadRequest;

    /// <summary>
    /// Adds each error, in the user's language, under the form property its JSON path ends in
    /// ("offender.nationalRegisterNumber" → "NationalRegisterNumber", "attachments[1].content" → "Attachments"), unless <paramref name="fields"/>
    /// names another one; an error without a field goes to the summary only.
    /// </summary>
    public static void AddErrors(
        this ModelStateDictionary modelState,
        IEnumerable<Error> errors,
        IStringLocalizer<SharedResource> localizer,
        IReadOnlyDictionary<string, string>? fields = null,
        string prefix = "")
    {
        foreach (var error in errors)
        {
            var key = KeyOf(error.Field, fields, prefix);
            var message = localizer.Localize(error);

            // One moment can fail twice (facts and finding are both "now" in the browser): say it once.
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Any(e => e.ErrorMessage == message))
            {
                continue;
            }

            modelState.AddModelError(key, message);
        }
    }

    private static string KeyOf(string? field, IReadOnlyDictionary<string, string>? fields, string prefix)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        if (fields is not null && fields.TryGetValue(field, out var mapped))
        {
            return mapped.Length == 0 ? mapped : prefix + mapped;
        }

        // An error on one item of a list ("attachments[0].content") belongs to the list's field.
        var path = field.Contains('[', StringComparison.Ordinal) ? field[..field.IndexOf('[', StringComparison.Ordinal)] : field;
        var last = path[(path.LastIndexOf('.') + 1)..];
        return last.Length == 0 ? string.Empty : prefix + char.ToUpperInvariant(last[0]) + last[1..];
    }
}
