using FluentValidation;
using Sac.Application.Cases.Procedure;
using Sac.Domain.Common;
using Sac.Domain.Decisions;

namespace Sac.Application.Cases.Steps;

/// <summary>
/// The official's decision (api-v1 POST /decisions): a fine (<paramref name="Amount"/>), community service
/// (<paramref name="Hours"/>), mediation, or no sanction (<paramref name="Reason"/>), with its written reasons.
/// </summary>
public sealed record DecideCommand(
    Guid CaseId,
    DateOnly? DecidedAt,
    DecisionKind? Kind,
    decimal? Amount,
    int? Hours,
    string? Reason,
    string? Reasoning,
    int? ExpectedVersion = null) : ICaseStepCommand;

internal sealed class DecideValidator : AbstractValidator<DecideCommand>
{
    public DecideValidator()
    {
        RuleFor(c => c.DecidedAt).NotNull();
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).PrecisionScale(10, 2, ignoreTrailingZeros: true).When(c => c.Kind == DecisionKind.Fine);
        RuleFor(c => c.Hours).NotNull().GreaterThan(0).When(c => c.Kind == DecisionKind.CommunityService);
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Kind == DecisionKind.NoSanction);
        RuleFor(c => c.Reason).MaximumLength(2000);
        RuleFor(c => c.Reasoning).MaximumLength(20000);
    }
}

internal sealed class DecideHandler(CaseStepServices services) : CaseStepHandler<DecideCommand>(services)
{
    /// <summary>The caps, recidivism and time-bar that matter are those of the decision's date.</summary>
    protected override DateOnly AssessOn(DecideCommand command, DateTimeOffset now) => command.DecidedAt ?? base.AssessOn(command, now);

    protected override ValueTask<Result> ApplyAsync(CaseContext context, DecideCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.Decide(
            new DecisionRequest(command.DecidedAt!.Value, command.Kind!.Value, command.Amount, command.Hours, command.Reason, command.Reasoning),
            context.Assessment,
            actor.Now,
            actor.Name));
}
