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
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(result.Errors.Select(f => new Error(f.ErrorCode, f.ErrorMessage, ErrorKind.Validation, JsonPath(f.PropertyName))));
        }

        return errors.Count > 0 ? TResponse.FromErrors(errors) : await next(message, cancellationToken);
    }

    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
