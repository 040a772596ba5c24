using FluentValidation;

namespace Sac.Application.Tests.Common;

/// <summary>Runs a validator on its own and lists its failures as "Property:ErrorCode", sorted, to compare whole.</summary>
internal static class Validation
{
    public static string[] Failures<T>(IValidator<T> validator, T command) =>
        [.. validator.Validate(command).Errors.Select(f => $"{f.PropertyName}:{f.ErrorCode}").Distinct().Order(StringComparer.Ordinal)];
}
