using FluentValidation;

namespace Sac.Application.Common;

/// <summary>Rules shared by the free-text fields of every command.</summary>
internal static class TextRules
{
    /// <summary>
    /// Refuses control characters: PostgreSQL cannot store NUL in text, and the others (escape sequences, backspace …)
    /// are no part of a name, an address or a description and would show up garbled in letters and exports. Free text
    /// may keep its tabs and line breaks.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> WithoutControlCharacters<T>(this IRuleBuilder<T, string?> rule, bool allowLineBreaks = false) =>
        rule.Must(text => text is null || !text.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\t' or '\n' or '\r')))
            .WithErrorCode("CONTROL_CHARACTERS").WithMessage("Control characters are not allowed.");
}
