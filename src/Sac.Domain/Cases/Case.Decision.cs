using Sac.Domain.Assessment;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Deadlines;
using Sac.Domain.Municipalities;
using Sac.Domain.Register;

namespace Sac.Domain.Cases;

/// <summary>The decision, its notification and the appeal (gas-law.md §5 T10–T14).</summary>
public sealed partial class Case
{
    private readonly List<RegisterEntry> newRegisterEntries = [];

    public Decision? Decision { get; private set; }

    public DateOnly? DecisionNotifiedOn { get; private set; }

    public NotificationChannel? DecisionChannel { get; private set; }

    public Appeal? Appeal { get; private set; }

    public DateOnly? EnforceableOn { get; private set; }

    /// <summary>
    /// Takes the decision when the law allows it; otherwise nothing changes and the first refusal comes back.
    /// <paramref name="assessment"/> is the case's assessment on the decision date.
    /// </summary>
    public Result Decide(DecisionRequest request, CaseAssessment assessment, DateTimeOffset now, string by)
    {
        var refusal = DecisionRules.Refusal(this, request, assessment);
        if (refusal is not null)
        {
            return refusal;
        }

        var decision = new Decision(
            request.DecidedOn,
            request.Kind,
            request.Kind == DecisionKind.Fine ? request.Amount : null,
            request.Kind == DecisionKind.CommunityService ? request.Hours : null,
            request.Kind == DecisionKind.NoSanction ? request.NoSanctionReason?.Trim() : null,
            request.Reasoning?.Trim(),
            by);
        return MoveTo(
            CaseStatus.Decided,
            new CaseEvent(now, CaseEvent.Decided, by, DescribeDecision(decision)),
            () =>
            {
                Decision = decision;

                // Deciding on an alternative measure offers it: if it is not carried out, a fine may follow within 12 months.
                if (decision.Kind is DecisionKind.CommunityService or DecisionKind.Mediation)
                {
                    Extend(DecisionTermExtension.AlternativeMeasureOffered);
                }
            });
    }

    /// <summary>The decision was posted: the appeal period runs from its deemed receipt. Traffic decisions may go by ordinary mail.</summary>
    public Result NotifyDecision(DateOnly postedOn, NotificationChannel channel, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.Decided || Decision is not { } decision)
        {
            return CaseErrors.InvalidState(Status, CaseStatus.DecisionNotified);
        }

        if (channel == NotificationChannel.OrdinaryMail && !InfractionCategory.IsTrafficWithFixedFine())
        {
            return CaseErrors.RegisteredMailRequired;
        }

        var dated = CheckStepDate(postedOn, "sentAt");
        if (dated.IsFailure)
        {
            return dated;
        }

        if (postedOn < decision.DecidedOn)
        {
            return CaseErrors.BeforeDecision.AtField("sentAt");
        }

        return MoveTo(
            CaseStatus.DecisionNotified,
            new CaseEvent(now, CaseEvent.DecisionNotified, by, $"{channel} {postedOn:yyyy-MM-dd}"),
            () =>
            {
                DecisionNotifiedOn = postedOn;
                DecisionChannel = channel;
                Deadlines = Deadlines with { Appeal = ProcedureDeadlines.Appeal(postedOn, Regime) };
            });
    }

    /// <summary>An appeal against a fine or community service; <paramref name="minorAtFacts"/> sends it to the youth court.</summary>
    public Result RegisterAppeal(DateOnly filedOn, bool minorAtFacts, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.DecisionNotified || Decision is not { Kind: DecisionKind.Fine or DecisionKind.CommunityService })
        {
            return CaseErrors.InvalidState(Status, CaseStatus.Appealed);
        }

        var dated = CheckStepDate(filedOn, "filedOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        if (filedOn < DecisionNotifiedOn)
        {
            return CaseErrors.BeforeDecision.AtField("filedOn");
        }

        var court = minorAtFacts ? AppealCourt.YouthCourt : AppealCourt.PoliceCourt;
        return MoveTo(
            CaseStatus.Appealed,
            new CaseEvent(now, CaseEvent.AppealFiled, by, $"{court} {filedOn:yyyy-MM-dd}"),
            () => Appeal = new Appeal(filedOn, court));
    }

    /// <summary>
    /// The court's judgment: confirmed or reduced, the decision becomes enforceable (as reduced); annulled,
    /// nothing is owed and the case closes.
    /// </summary>
    public Result RecordAppealOutcome(AppealOutcome outcome, DateOnly judgedOn, decimal? reducedAmount, int? reducedHours, int paymentTermDays, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.Appealed || Appeal is not { } appeal || Decision is not { } decision)
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var dated = CheckStepDate(judgedOn, "judgedOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        if (judgedOn < appeal.FiledOn)
        {
            return CaseErrors.BeforeAppeal.AtField("judgedOn");
        }

        if (outcome == AppealOutcome.Reduced && ReducedDecision(decision, reducedAmount, reducedHours) is { } reductionError)
        {
            return reductionError;
        }

        Appeal = appeal with { Outcome = outcome, DecidedOn = judgedOn };
        timeline.Add(new CaseEvent(now, CaseEvent.AppealDecided, by, $"{outcome} {judgedOn:yyyy-MM-dd}"));
        if (outcome == AppealOutcome.Annulled)
        {
            return CloseFor(Cases.CloseReason.Annulled, null, now, by);
        }

        if (outcome == AppealOutcome.Reduced)
        {
            Decision = decision with
            {
                Amount = decision.Kind == DecisionKind.Fine ? reducedAmount : null,
                Hours = decision.Kind == DecisionKind.CommunityService ? reducedHours : null,
            };
        }

        return BecomeEnforceable(judgedOn, paymentTermDays, now, by);
    }

    /// <summary>The appeal period ended without appeal: the decision is final.</summary>
    private bool ApplyAppealWindow(DateOnly today, int paymentTermDays, DateTimeOffset now, string by) =>
        Status == CaseStatus.DecisionNotified && Deadlines.Appeal is { } lastDay && today > lastDay
        && BecomeEnforceable(lastDay.AddDays(1), paymentTermDays, now, by).IsSuccess;

    /// <summary>
    /// A final fine is owed within the payment term; final community service awaits its performance; a final
    /// decision of mediation or no sanction ends the case. Every final sanction goes into the register.
    /// </summary>
    private Result BecomeEnforceable(DateOnly on, int paymentTermDays, DateTimeOffset now, string by)
    {
        var decision = Decision!;
        if (decision.IsSanction && RegisterEntry.FromFinalDecision(this, decision, now) is { } entry)
        {
            newRegisterEntries.Add(entry);
        }

        if (decision.Kind is DecisionKind.NoSanction or DecisionKind.Mediation)
        {
            EnforceableOn = on;
            return CloseFor(decision.Kind == DecisionKind.NoSanction ? Cases.CloseReason.NoSanction : Cases.CloseReason.MediationSucceeded, null, now, by);
        }

        return MoveTo(
            CaseStatus.Enforceable,
            new CaseEvent(now, CaseEvent.BecameEnforceable, by, $"{on:yyyy-MM-dd}"),
            () =>
            {
                EnforceableOn = on;
                if (decision.Kind == DecisionKind.Fine)
                {
                    Deadlines = Deadlines with { Payment = ProcedureDeadlines.Payment(on, paymentTermDays) };
                }
            });
    }

    /// <summary>Hands over the register lines of decisions that became final since the case was loaded.</summary>
    public IReadOnlyList<RegisterEntry> TakeNewRegisterEntries()
    {
        var taken = newRegisterEntries.ToList();
        newRegisterEntries.Clear();
        return taken;
    }

    private static Error? ReducedDecision(Decision decision, decimal? amount, int? hours) => decision.Kind switch
    {
        DecisionKind.Fine when amount is not > 0 || amount >= decision.Amount => CaseErrors.ReductionInvalid.AtField("reducedAmount"),
        DecisionKind.CommunityService when hours is not > 0 || hours >= decision.Hours => CaseErrors.ReductionInvalid.AtField("reducedHours"),
        _ => null,
    };

    private static string DescribeDecision(Decision decision) => decision.Kind switch
    {
        DecisionKind.Fine => $"Fine {decision.Amount:0.00}",
        DecisionKind.CommunityService => $"CommunityService {decision.Hours}h",
        DecisionKind.NoSanction => $"NoSanction: {decision.NoSanctionReason}",
        _ => decision.Kind.ToString(),
    };
}
