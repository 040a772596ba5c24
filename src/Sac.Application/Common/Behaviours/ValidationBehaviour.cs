using System.Collections.Frozen;
using FluentValidation;
using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Common.Behaviours;

/// <summary>
/// Runs the message's shape validators and returns their errors as a failed result, keyed by
/// the camelCase JSON path of the field ("offender.nationalRegisterNumber"), before the handler runs.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
    where TResponse : IFailureFactory<TResponse>
{
    private static readonly FrozenDictionary<string, string> BuiltInCodes = new Dictionary<string, string>
    {
        ["NotEmptyValidator"] = "REQUIRED",
        ["NotNullValidator"] = "REQUIRED",
        ["EnumValidator"] = "NOT_ALLOWED",
        ["LengthValidator"] = "WRONG_LENGTH",
        ["ExactLengthValidator"] = "WRONG_LENGTH",
        ["MaximumLengthValidator"] = "TOO_LONG",
        ["MinimumLengthValidator"] = "TOO_SHORT",
        ["GreaterThanOrEqualValidator"] = "TOO_SMALL",
        ["InclusiveBetweenValidator"] = "OUT_OF_RANGE",
        ["RegularExpressionValidator"] = "FORMAT",
        ["PredicateValidator"] = "INVALID",
        ["ScalePrecisionValidator"] = "PRECISION",
    }.ToFrozenDictionary();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(result.Errors.Select(f => new Error(StableCode(f.ErrorCode), f.ErrorMessage, ErrorKind.Validation, JsonPath(f.PropertyName))));
        }

        return errors.Count > 0 ? TResponse.FromErrors(errors) : await next(message, cancellationToken);
    }

    /// <summary>FluentValidation's built-in codes are its class names; clients get short, stable codes instead.</summary>
    private static string StableCode(string code) => BuiltInCodes.GetValueOrDefault(code, code);

    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
