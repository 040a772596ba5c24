using FluentValidation;
using Mediator;
using Sac.Application.Cases.Procedure;
using Sac.Application.Cases.Steps;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Documents;

/// <summary>
/// The post tray: a printed letter went to the post on <paramref name="PostedOn"/>. For the notice, the decision,
/// the parents' letter and the mediation offer this is the step itself, and the date starts its deadlines.
/// </summary>
public sealed record MarkLetterPostedCommand(Guid DocumentId, DateOnly? PostedOn, NotificationChannel? Channel) : ICommand<Result>;

internal sealed class MarkLetterPostedValidator : AbstractValidator<MarkLetterPostedCommand>
{
    public MarkLetterPostedValidator()
    {
        RuleFor(c => c.PostedOn).NotNull();
        RuleFor(c => c.Channel).IsInEnum();
    }
}

internal sealed class MarkLetterPostedHandler(
    ICaseDocumentRepository documents, CaseContextLoader loader, PostedLetterSteps steps, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MarkLetterPostedCommand, Result>
{
    public static readonly Error AlreadyPosted = new("ALREADY_POSTED", "This letter was already marked as posted.", ErrorKind.Conflict);

    public async ValueTask<Result> Handle(MarkLetterPostedCommand command, CancellationToken cancellationToken)
    {
        if (await documents.GetAsync(command.DocumentId, cancellationToken) is not { } letter || !user.BelongsTo(letter.MunicipalityNis))
        {
            return ApplicationErrors.NotFound("The letter");
        }

        if (!letter.Kind.IsLetter())
        {
            return CaseLetters.NotALetter;
        }

        if (!letter.AwaitsPosting)
        {
            return AlreadyPosted;
        }

        var now = clock.GetUtcNow();
        var postedOn = command.PostedOn!.Value;
        if (!PostedLetterSteps.IsStep(letter.Kind))
        {
            letter.MarkPosted(postedOn, user.Name);
            return Result.Success();
        }

        var loaded = await loader.LoadToActOnAsync(letter.CaseId, null, BelgianTime.DateOf(now), cancellationToken);
        return loaded.IsFailure
            ? Result.Failure(loaded.Errors)
            : await steps.PostAsync(loaded.Value, letter.Kind, postedOn, command.Channel ?? NotificationChannel.RegisteredMail, new StepActor(now, user.Name), cancellationToken, letter);
    }
}
