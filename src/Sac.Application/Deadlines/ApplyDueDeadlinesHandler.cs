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
        var before = @case.Timeline.Count;
        if (!@case.ApplyDueDeadlines(context.Municipality.Settings.PaymentTermDays, now, SystemActor.Name))
        {
            return Result.Success();
        }

        foreach (var entry in @case.TakeNewRegisterEntries())
        {
            register.Add(entry);
        }

        // Each step time took owes its letter, even when a catch-up took several at once.
        foreach (var happened in @case.Timeline.Skip(before))
        {
            if (LetterFor(@case, happened.Type) is { } kind)
            {
                letters.Prepare(context, kind, SystemActor.Name);
            }
        }

        return Result.Success();
    }

    /// <summary>The letter a step of time owes: the invitation to pay a final fine, or the reminder.</summary>
    private static DocumentKind? LetterFor(Case @case, string eventType) => eventType switch
    {
        CaseEvent.BecameEnforceable when @case.AmountDue is not null => DocumentKind.PaymentInvitation,
        CaseEvent.PaymentReminded => DocumentKind.PaymentReminder,
        _ => null,
    };
}
