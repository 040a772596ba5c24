using FluentValidation;
using Sac.Application.Cases.Procedure;
using Sac.Domain.Common;
using Sac.Domain.Payments;

namespace Sac.Application.Cases.Steps;

/// <summary>A payment received for the case's fine; the communication, when given, must be a valid structured one.</summary>
public sealed record RegisterPaymentCommand(Guid CaseId, DateOnly? PaidOn, decimal? Amount, string? Communication, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>Money paid back to the payer of an over-payment: at most what is overpaid, to the IBAN it was sent to.</summary>
public sealed record RecordRefundCommand(Guid CaseId, DateOnly? RefundedOn, decimal? Amount, string? Iban, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>An unpaid fine handed to the financial director for forced collection.</summary>
public sealed record HandOverToCollectionCommand(Guid CaseId, DateOnly? On, int? ExpectedVersion = null) : ICaseStepCommand;

internal sealed class RegisterPaymentValidator : AbstractValidator<RegisterPaymentCommand>
{
    public RegisterPaymentValidator()
    {
        RuleFor(c => c.PaidOn).NotNull();
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).PrecisionScale(10, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.Communication)
            .Must(text => StructuredCommunication.Parse(text).IsSuccess)
            .WithErrorCode("STRUCTURED_COMMUNICATION_INVALID")
            .When(c => !string.IsNullOrWhiteSpace(c.Communication));
    }
}

internal sealed class RecordRefundValidator : AbstractValidator<RecordRefundCommand>
{
    public RecordRefundValidator()
    {
        RuleFor(c => c.RefundedOn).NotNull();
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).PrecisionScale(10, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.Iban).NotEmpty().MaximumLength(42);
    }
}

internal sealed class HandOverToCollectionValidator : AbstractValidator<HandOverToCollectionCommand>
{
    public HandOverToCollectionValidator() => RuleFor(c => c.On).NotNull();
}

internal sealed class RegisterPaymentHandler(CaseStepServices services) : CaseStepHandler<RegisterPaymentCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RegisterPaymentCommand command, StepActor actor, CancellationToken cancellationToken)
    {
        var communication = string.IsNullOrWhiteSpace(command.Communication) ? null : StructuredCommunication.Parse(command.Communication).Value.ToString();
        return ValueTask.FromResult(context.Case.RegisterPayment(command.PaidOn!.Value, command.Amount!.Value, communication, actor.Now, actor.Name));
    }
}

internal sealed class RecordRefundHandler(CaseStepServices services) : CaseStepHandler<RecordRefundCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RecordRefundCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.RecordRefund(command.RefundedOn!.Value, command.Amount!.Value, command.Iban!, actor.Now, actor.Name));
}

internal sealed class HandOverToCollectionHandler(CaseStepServices services) : CaseStepHandler<HandOverToCollectionCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, HandOverToCollectionCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.HandOverToCollection(command.On!.Value, actor.Now, actor.Name));
}
