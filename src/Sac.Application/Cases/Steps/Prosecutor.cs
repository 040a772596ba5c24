using FluentValidation;
using Sac.Application.Cases.Procedure;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Steps;

/// <summary>A mixed infraction reported to the prosecutor, who received it on <paramref name="ReceivedOn"/>.</summary>
public sealed record ReportToProsecutorCommand(Guid CaseId, DateOnly? ReceivedOn, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>The prosecutor's answer: prosecutes, or leaves the case to the sanctioning official.</summary>
public sealed record RecordProsecutorAnswerCommand(Guid CaseId, ProsecutorAnswer? Answer, DateOnly? AnsweredOn, int? ExpectedVersion = null) : ICaseStepCommand;

internal sealed class ReportToProsecutorValidator : AbstractValidator<ReportToProsecutorCommand>
{
    public ReportToProsecutorValidator() => RuleFor(c => c.ReceivedOn).NotNull();
}

internal sealed class RecordProsecutorAnswerValidator : AbstractValidator<RecordProsecutorAnswerCommand>
{
    public RecordProsecutorAnswerValidator()
    {
        RuleFor(c => c.Answer).NotNull().IsInEnum();
        RuleFor(c => c.AnsweredOn).NotNull();
    }
}

internal sealed class ReportToProsecutorHandler(CaseStepServices services) : CaseStepHandler<ReportToProsecutorCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, ReportToProsecutorCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.ReportToProsecutor(command.ReceivedOn!.Value, actor.Now, actor.Name));
}

internal sealed class RecordProsecutorAnswerHandler(CaseStepServices services) : CaseStepHandler<RecordProsecutorAnswerCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RecordProsecutorAnswerCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.RecordProsecutorAnswer(command.Answer!.Value, command.AnsweredOn!.Value, actor.Now, actor.Name));
}
