using Sac.Application.Cases.Procedure;
using Sac.Domain.Common;

namespace Sac.Application.Cases.CloseCase;

internal sealed class CloseCaseHandler(CaseStepServices services) : CaseStepHandler<CloseCaseCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, CloseCaseCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.Close(command.Reason!.Value, command.Note, actor.Now, actor.Name));
}
