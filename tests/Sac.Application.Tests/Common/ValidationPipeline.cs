using FluentValidation;
using Mediator;
using Sac.Application.Common.Behaviours;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Common;

/// <summary>Runs a message through the <see cref="ValidationBehaviour{TMessage, TResponse}"/> with one validator and a recording handler.</summary>
internal sealed class ValidationPipeline<TMessage, TResponse>(IValidator<TMessage> validator, TResponse handlerResponse)
    where TMessage : notnull, IMessage
    where TResponse : IFailureFactory<TResponse>
{
    public int HandlerCalls { get; private set; }

    public async Task<TResponse> Send(TMessage message)
    {
        var behaviour = new ValidationBehaviour<TMessage, TResponse>([validator]);
        return await behaviour.Handle(message, Next, CancellationToken.None);
    }

    private ValueTask<TResponse> Next(TMessage message, CancellationToken cancellationToken)
    {
        HandlerCalls++;
        return ValueTask.FromResult(handlerResponse);
    }
}
