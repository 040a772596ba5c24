using Mediator;
using Sac.Application.Cases.Procedure;
using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Documents;

/// <summary>Writes a letter of the case into the post tray, to print and post; answers the document's id.</summary>
public sealed record PrepareLetterCommand(Guid CaseId, DocumentKind Kind) : ICommand<Result<Guid>>;

internal sealed class PrepareLetterHandler(CaseContextLoader loader, CaseLetters letters, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PrepareLetterCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(PrepareLetterCommand command, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadToActOnAsync(command.CaseId, null, BelgianTime.DateOf(clock.GetUtcNow()), cancellationToken);
        if (loaded.IsFailure)
        {
            return Result<Guid>.Failure(loaded.Errors);
        }

        return CaseLetters.Refusal(loaded.Value, command.Kind) is { } refusal
            ? refusal
            : letters.Prepare(loaded.Value, command.Kind, user.Name).Id;
    }
}
