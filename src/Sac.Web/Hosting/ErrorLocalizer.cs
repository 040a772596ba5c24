using Microsoft.Extensions.Localization;
using Sac.Domain.Common;

namespace Sac.Web.Hosting;

/// <summary>
/// An error in the user's language: the resource named after its code, else the text it came with
/// (FluentValidation already writes its built-in messages in the UI culture).
/// </summary>
internal static class ErrorLocalizer
{
    public static string Localize(this IStringLocalizer<SharedResource> localizer, Error error)
    {
        var localized = localizer[error.Code];
        return localized.ResourceNotFound ? error.Message : localized.Value;
    }
}
