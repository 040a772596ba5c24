using Mediator;
using Sac.Application.Cases.Procedure;
using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Deadlines;

internal sealed class ApplyDueDeadlinesHandler(CaseContextLoader loader, IRegisterRepository register, CaseLetters letters, TimeProvider clock)
    : ICommandHandler<ApplyDueDeadlinesCommand, Result>
{
    public async ValueTask<Result> Handle(ApplyDueDeadlinesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await loader.LoadForSystemAsync(command.CaseId, BelgianTime.DateOf(now), cancellationToken) is not { } context)
        {
            return Result.Success();
        }

        var @case = context.Case;
        var before = @case.Status;
        if (!@case.ApplyDueDeadlines(context.Municipality.Settings.PaymentTermDays, now, SystemActor.Name))
        {
            return Result.Success();
        }

        foreach (var entry in @case.TakeNewRegisterEntries())
        {
            register.Add(entry);
        }

        if (@case.Status != before && LetterFor(@case) is { } kind)
        {
            letters.Prepare(context, kind, SystemActor.Name);
        }

        return Result.Success();
    }

    /// <summary>The letter a case owes once time moved it on: the invitation to pay, or the reminder.</summary>
    private static DocumentKind? LetterFor(Case @case) => @case.Status switch
    {
        CaseStatus.Enforceable when @case.AmountDue is not null => DocumentKind.PaymentInvitation,
        CaseStatus.PaymentReminded => DocumentKind.PaymentReminder,
        _ => null,
    };
}
