using Sac.Application.Cases.Procedure;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Validation;

/// <summary>
/// A sanctioning official of the case's municipality validates an automatic device's finding (gas-law.md §7): who and when
/// are kept on the case and in the audit trail; only then may the notice follow.
/// </summary>
public sealed record ValidateFindingCommand(Guid CaseId, int? ExpectedVersion = null) : ICaseStepCommand;

internal sealed class ValidateFindingHandler(CaseStepServices services) : CaseStepHandler<ValidateFindingCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, ValidateFindingCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.ValidateFinding(actor.Now, actor.Name));
}
