using FluentValidation;
using Sac.Application.Cases.Procedure;
using Sac.Application.Common.Ports;
using Sac.Application.Documents;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Cases.Steps;

/// <summary>A written defence received on <paramref name="ReceivedOn"/>, with its attachments.</summary>
public sealed record RegisterDefenceCommand(Guid CaseId, DateOnly? ReceivedOn, string? Text, IReadOnlyList<UploadedFile>? Attachments = null, int? ExpectedVersion = null)
    : ICaseStepCommand;

/// <summary>The oral hearing planned on <paramref name="At"/> at <paramref name="Location"/>.</summary>
public sealed record ScheduleHearingCommand(Guid CaseId, DateTimeOffset? At, string? Location, int? ExpectedVersion = null) : ICaseStepCommand;

/// <summary>The hearing held (or not attended), with its minutes.</summary>
public sealed record RecordHearingCommand(Guid CaseId, DateOnly? HeldOn, bool? Attended, string? Minutes, int? ExpectedVersion = null) : ICaseStepCommand;

internal sealed class RegisterDefenceValidator : AbstractValidator<RegisterDefenceCommand>
{
    public RegisterDefenceValidator()
    {
        RuleFor(c => c.ReceivedOn).NotNull();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(20000);
        RuleForEach(c => c.Attachments).NotNull().SetValidator(UploadedFileRules.Accepting(AcceptedFiles.DefenceAttachmentTypes));
    }
}

internal sealed class ScheduleHearingValidator : AbstractValidator<ScheduleHearingCommand>
{
    public ScheduleHearingValidator()
    {
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.Location).NotEmpty().MaximumLength(200);
    }
}

internal sealed class RecordHearingValidator : AbstractValidator<RecordHearingCommand>
{
    public RecordHearingValidator()
    {
        RuleFor(c => c.HeldOn).NotNull();
        RuleFor(c => c.Attended).NotNull();
        RuleFor(c => c.Minutes).MaximumLength(20000);
    }
}

internal sealed class RegisterDefenceHandler(CaseStepServices services, ICaseDocumentRepository documents) : CaseStepHandler<RegisterDefenceCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RegisterDefenceCommand command, StepActor actor, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        var registered = @case.RegisterDefence(command.ReceivedOn!.Value, command.Text!, actor.Now, actor.Name);
        if (registered.IsSuccess)
        {
            foreach (var file in command.Attachments ?? [])
            {
                documents.Add(file.ToDocument(@case, DocumentKind.DefenceAttachment, actor.Now, actor.Name));
            }
        }

        return ValueTask.FromResult(registered);
    }
}

internal sealed class ScheduleHearingHandler(CaseStepServices services) : CaseStepHandler<ScheduleHearingCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, ScheduleHearingCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.ScheduleHearing(command.At!.Value, command.Location!, context.Assessment.OralHearingMayBeRequested, actor.Now, actor.Name));
}

internal sealed class RecordHearingHandler(CaseStepServices services) : CaseStepHandler<RecordHearingCommand>(services)
{
    protected override ValueTask<Result> ApplyAsync(CaseContext context, RecordHearingCommand command, StepActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Case.RecordHearing(command.HeldOn!.Value, command.Attended!.Value, command.Minutes, actor.Now, actor.Name));
}
