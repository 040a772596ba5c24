using FluentValidation;
using Sac.Application.Cases.Procedure;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Cases.Steps;

/// <summary>
/// A letter of the procedure was posted on <paramref name="SentAt"/>: the notice (api-v1 POST /notices), the decision's
/// notification (POST /decision-notifications), the parents' letter, the mediation offer.
/// </summary>
public sealed record RecordPostedLetterCommand(Guid CaseId, DocumentKind Kind, DateOnly? SentAt, NotificationChannel? Channel, int? ExpectedVersion = null)
    : ICaseStepCommand;

internal sealed class RecordPostedLetterValidator : AbstractValidator<RecordPostedLetterCommand>
{
    public RecordPostedLetterValidator()
    {
        RuleFor(c => c.SentAt).NotNull();
        RuleFor(c => c.Channel).NotNull().IsInEnum().When(c => c.Kind is DocumentKind.Notice or DocumentKind.Decision);
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.Kind).Must(PostedLetterSteps.IsStep);
    }
}

internal sealed class RecordPostedLetterHandler(CaseStepServices services, PostedLetterSteps steps) : CaseStepHandler<RecordPostedLetterCommand>(services)
{
    protected override async ValueTask<Result> ApplyAsync(CaseContext context, RecordPostedLetterCommand command, StepActor actor, CancellationToken cancellationToken) =>
        await steps.PostAsync(context, command.Kind, command.SentAt!.Value, command.Channel ?? NotificationChannel.RegisteredMail, actor, cancellationToken);
}
