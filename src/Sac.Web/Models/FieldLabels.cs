using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Sac.Web.Models;

/// <summary>
/// The labels the error summary puts before each message on the case page, from the field's key
/// ("Forms.Decide.Amount"): the step's own wording ("Field.Decide.Amount") if it has one, else the field's ("Field.Amount").
/// </summary>
public static class FieldLabels
{
    public static IReadOnlyDictionary<string, string> Of(ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        var labels = new Dictionary<string, string>();
        foreach (var key in modelState.Keys.Where(k => k.Length > 0))
        {
            var parts = key.Split('.');
            var field = parts[^1];
            var step = parts.Length > 1 ? parts[^2] : null;
            var specific = step is null ? null : localizer[$"Field.{step}.{field}"];
            var general = localizer[$"Field.{field}"];
            if (specific is { ResourceNotFound: false })
            {
                labels[key] = specific.Value;
            }
            else if (!general.ResourceNotFound)
            {
                labels[key] = general.Value;
            }
        }

        return labels;
    }
}
