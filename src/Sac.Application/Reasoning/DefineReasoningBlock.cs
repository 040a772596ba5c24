using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Reasoning;

namespace Sac.Application.Reasoning;

/// <summary>Creates (no <paramref name="Id"/>) or changes a block of reasons of the municipality; answers its id.</summary>
public sealed record DefineReasoningBlockCommand(
    string Municipality, Guid? Id, ReasoningTopic? Topic, string? InfractionCode, string? Title, string? TextNl, string? TextFr) : ICommand<Result<Guid>>;

/// <summary>Stops offering a block; decisions that quoted it keep their text.</summary>
public sealed record RetireReasoningBlockCommand(string Municipality, Guid Id) : ICommand<Result>;

internal sealed class DefineReasoningBlockValidator : AbstractValidator<DefineReasoningBlockCommand>
{
    public DefineReasoningBlockValidator()
    {
        RuleFor(c => c.Topic).NotNull().IsInEnum();
        RuleFor(c => c.InfractionCode).MaximumLength(50);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.TextNl).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.TextFr).NotEmpty().MaximumLength(8000);
    }
}

internal sealed class DefineReasoningBlockHandler(
    IMunicipalityRepository municipalities, IReasoningBlockRepository blocks, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DefineReasoningBlockCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DefineReasoningBlockCommand command, CancellationToken cancellationToken)
    {
        var municipality = await municipalities.GetToActOnAsync(user, command.Municipality, ApplicationErrors.NotFound("The municipality"), cancellationToken);
        if (municipality.IsFailure)
        {
            return Result<Guid>.Failure(municipality.Errors);
        }

        var now = clock.GetUtcNow();
        if (command.Id is not { } id)
        {
            var created = ReasoningBlock.Create(command.Municipality, command.Topic!.Value, command.InfractionCode, command.Title!, command.TextNl!, command.TextFr!, now, user.Name);
            if (created.IsSuccess)
            {
                blocks.Add(created.Value);
            }

            return created.IsSuccess ? created.Value.Id : Result<Guid>.Failure(created.Errors);
        }

        if (await blocks.GetAsync(id, cancellationToken) is not { } block || block.MunicipalityNis != command.Municipality)
        {
            return ApplicationErrors.NotFound("The block");
        }

        var changed = block.Change(command.Topic!.Value, command.InfractionCode, command.Title!, command.TextNl!, command.TextFr!, now, user.Name);
        return changed.IsSuccess ? block.Id : Result<Guid>.Failure(changed.Errors);
    }
}

internal sealed class RetireReasoningBlockHandler(IReasoningBlockRepository blocks, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RetireReasoningBlockCommand, Result>
{
    public async ValueTask<Result> Handle(RetireReasoningBlockCommand command, CancellationToken cancellationToken)
    {
        if (await blocks.GetAsync(command.Id, cancellationToken) is not { } block || block.MunicipalityNis != command.Municipality || !user.BelongsTo(block.MunicipalityNis))
        {
            return ApplicationErrors.NotFound("The block");
        }

        block.Retire(clock.GetUtcNow(), user.Name);
        return Result.Success();
    }
}
