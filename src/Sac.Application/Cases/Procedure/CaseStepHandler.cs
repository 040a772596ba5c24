using Mediator;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Procedure;

/// <summary>What every step needs: the case loaded with its assessment, the acting user, the clock, the register.</summary>
internal sealed class CaseStepServices(CaseContextLoader loader, IRegisterRepository register, ICurrentUser user, TimeProvider clock)
{
    public CaseContextLoader Loader => loader;

    public IRegisterRepository Register => register;

    public ICurrentUser User => user;

    public TimeProvider Clock => clock;
}

/// <summary>
/// The one flow of a step: load the case the user may act on (404/403/409 otherwise), apply the step, and put
/// any decision that became final into the register. Subclasses only say what the step does.
/// </summary>
internal abstract class CaseStepHandler<TCommand>(CaseStepServices services) : ICommandHandler<TCommand, Result>
    where TCommand : ICaseStepCommand
{
    public async ValueTask<Result> Handle(TCommand command, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var loaded = await services.Loader.LoadToActOnAsync(command.CaseId, command.ExpectedVersion, AssessOn(command, now), cancellationToken);
        if (loaded.IsFailure)
        {
            return Result.Failure(loaded.Errors);
        }

        var applied = await ApplyAsync(loaded.Value, command, new StepActor(now, services.User.Name), cancellationToken);
        if (applied.IsSuccess)
        {
            foreach (var entry in loaded.Value.Case.TakeNewRegisterEntries())
            {
                services.Register.Add(entry);
            }
        }

        return applied;
    }

    /// <summary>The day the case is assessed on: today, unless the step is dated (a decision is assessed on its date).</summary>
    protected virtual DateOnly AssessOn(TCommand command, DateTimeOffset now) => BelgianTime.DateOf(now);

    protected abstract ValueTask<Result> ApplyAsync(CaseContext context, TCommand command, StepActor actor, CancellationToken cancellationToken);
}

/// <summary>Who acts, and when.</summary>
internal sealed record StepActor(DateTimeOffset Now, string Name);
