using FluentValidation;
using Sac.Application.Cases.Procedure;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Steps;

/// <summary>The bar association was asked for a lawyer for a minor.</summary>
public sealed record RequestLawyerCommand(Guid CaseId, DateOnly? RequestedOn, string? Note, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>How the mediation ended.</summary>
public sealed record RecordMediationOutcomeCommand(Guid CaseId, MediationOutcome? Outcome, DateOnly? EndedOn, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>Community service proposed to the offender (before the decision, with their consent).</summary>
public sealed record OfferCommunityServiceCommand(Guid CaseId, DateOnly? OfferedOn, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>Community service imposed by the decision was performed, or not.</summary>
public sealed record RecordCommunityServiceOutcomeCommand(Guid CaseId, bool? Performed, DateOnly? On, int? ExpectedVersion = null) : ICaseStepCommand;

internal sealed class RequestLawyerValidator : AbstractValidator<RequestLawyerCommand>
{
    public RequestLawyerValidator()
    {
        RuleFor(c => c.RequestedOn).NotNull();
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}

internal sealed class RecordMediationOutcomeValidator : AbstractValidator<RecordMediationOutcomeCommand>
{
    public RecordMediationOutcomeValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum();
        RuleFor(c => c.EndedOn).NotNull();
    }
}

internal sealed class OfferCommunityServiceValidator : AbstractValidator<OfferCommunityServiceCommand>
{
    public OfferCommunityServiceValidator() => RuleFor(c => c.OfferedOn).NotNull();
}

internal sealed class RecordCommunityServiceOutcomeValidator : AbstractValidator<RecordCommunityServiceOutcomeCommand>
{
    public RecordCommunityServiceOutcomeValidator()
    {
        RuleFor(c => c.Performed).NotNull();
        RuleFor(c => c.On).NotNull();
    }
}

internal sealed class RequestLawyerHandler(CaseStepServices services) : CaseStepHandler<RequestLawyerCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RequestLawyerCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.RequestLawyer(command.RequestedOn!.Value, command.Note, context.Assessment.IsMinor, actor.Now, actor.Name));
}

internal sealed class RecordMediationOutcomeHandler(CaseStepServices services) : CaseStepHandler<RecordMediationOutcomeCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RecordMediationOutcomeCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.RecordMediationOutcome(command.Outcome!.Value, command.EndedOn!.Value, actor.Now, actor.Name));
}

internal sealed class OfferCommunityServiceHandler(CaseStepServices services) : CaseStepHandler<OfferCommunityServiceCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, OfferCommunityServiceCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.NotSanctionable is { } refusal
            ? Result.Failure(refusal)
            : context.Case.OfferCommunityService(command.OfferedOn!.Value, context.Assessment.MaximumCommunityServiceHours, actor.Now, actor.Name));
}

internal sealed class RecordCommunityServiceOutcomeHandler(CaseStepServices services) : CaseStepHandler<RecordCommunityServiceOutcomeCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RecordCommunityServiceOutcomeCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.RecordCommunityServiceOutcome(command.Performed!.Value, command.On!.Value, actor.Now, actor.Name));
}
