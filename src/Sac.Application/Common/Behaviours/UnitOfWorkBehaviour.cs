using Mediator;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Common.Behaviours;

/// <summary>
/// Saves what a command changed, once, and only when it succeeded: handlers never save themselves.
/// When another request saved a conflicting change first, the command runs again on fresh data —
/// handlers check state before acting, so a rerun sees the other request's outcome (an intake retry
/// finds the case its twin created, a stale edit is refused by the version check).
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
    where TResponse : Result
{
    private const int Attempts = 3;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await next(message, cancellationToken);
            if (response.IsFailure)
            {
                return response;
            }

            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return response;
            }
            catch (ConcurrentUpdateException) when (attempt < Attempts)
            {
                unitOfWork.DiscardChanges();
            }
        }
    }
}
