using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Sac.Web.Hosting;

/// <summary>
/// MVC for the browser: every unsafe request carries an antiforgery token, validation happens on
/// the server only, and the few messages model binding writes itself (a date that is not a date)
/// are in the user's language.
/// </summary>
internal sealed class MvcOptionsSetup(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>, IConfigureOptions<MvcViewOptions>
{
    /// <summary>
    /// The rules are checked on the server, in the application layer, and their messages come back
    /// beside the fields; attributes for client-side validation would only carry English texts nobody shows.
    /// </summary>
    public void Configure(MvcViewOptions options) => options.HtmlHelperOptions.ClientValidationEnabled = false;

    public void Configure(MvcOptions options)
    {
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

        // The rules live in the application layer; a non-nullable form property must not add an English "required" of its own.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;

        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["Binding.ValueInvalid", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["Binding.ValueInvalid", value]);
        messages.SetValueIsInvalidAccessor(value => localizer["Binding.ValueInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => localizer["Binding.UnknownValueInvalid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Binding.UnknownValueInvalid"]);
        messages.SetValueMustBeANumberAccessor(_ => localizer["Binding.NotANumber"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Binding.NotANumber"]);
        messages.SetValueMustNotBeNullAccessor(_ => localizer["Binding.Required"]);
        messages.SetMissingBindRequiredValueAccessor(_ => localizer["Binding.Required"]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["Binding.Required"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Binding.Required"]);
    }
}
