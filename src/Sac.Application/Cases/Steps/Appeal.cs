using FluentValidation;
using Sac.Application.Cases.Procedure;
using Sac.Application.Letters;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Cases.Steps;

/// <summary>The offender appealed to the police court (adults) or youth court (minors at the facts).</summary>
public sealed record RegisterAppealCommand(Guid CaseId, DateOnly? FiledOn, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>The court's judgment on the appeal; a reduction names the new amount or hours.</summary>
public sealed record RecordAppealOutcomeCommand(
    Guid CaseId, AppealOutcome? Outcome, DateOnly? JudgedOn, decimal? ReducedAmount, int? ReducedHours, int? ExpectedVersion = null) : ICaseStepCommand;

internal sealed class RegisterAppealValidator : AbstractValidator<RegisterAppealCommand>
{
    public RegisterAppealValidator() => RuleFor(c => c.FiledOn).NotNull();
}

internal sealed class RecordAppealOutcomeValidator : AbstractValidator<RecordAppealOutcomeCommand>
{
    public RecordAppealOutcomeValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum();
        RuleFor(c => c.JudgedOn).NotNull();
        RuleFor(c => c.ReducedAmount).GreaterThan(0).PrecisionScale(10, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.ReducedHours).GreaterThan(0);
    }
}

internal sealed class RegisterAppealHandler(CaseStepServices services) : CaseStepHandler<RegisterAppealCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RegisterAppealCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.RegisterAppeal(command.FiledOn!.Value, context.Assessment.IsMinor, actor.Now, actor.Name));
}

internal sealed class RecordAppealOutcomeHandler(CaseStepServices services, CaseLetters letters) : CaseStepHandler<RecordAppealOutcomeCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RecordAppealOutcomeCommand command, StepActor actor, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        var recorded = @case.RecordAppealOutcome(
            command.Outcome!.Value, command.JudgedOn!.Value, command.ReducedAmount, command.ReducedHours,
            context.Municipality.Settings.PaymentTermDays, actor.Now, actor.Name);
        if (recorded.IsSuccess && @case.Status == CaseStatus.Enforceable && @case.AmountDue is not null)
        {
            letters.Prepare(context, DocumentKind.PaymentInvitation, actor.Name);
        }

        return ValueTask.FromResult(recorded);
    }
}
