using Sac.Domain.Common;
using Sac.Domain.Deadlines;

namespace Sac.Domain.Cases;

/// <summary>
/// The alternative measures (gas-law.md §3.4, §3.5): local mediation (always offered to minors before any fine,
/// to adults where the municipality offers it) and community service. Offering either lengthens the decision limit.
/// </summary>
public sealed partial class Case
{
    public DateOnly? MediationOfferedOn { get; private set; }

    public MediationOutcome? MediationOutcome { get; private set; }

    public DateOnly? CommunityServiceOfferedOn { get; private set; }

    public bool MediationSucceeded => MediationOutcome == Cases.MediationOutcome.Succeeded;

    /// <param name="mayBeOffered">From the assessment: a minor, or an adult person where the municipality offers mediation.</param>
    public Result OfferMediation(DateOnly offeredOn, bool mayBeOffered, DateTimeOffset now, string by)
    {
        if (!mayBeOffered)
        {
            return Decisions.DecisionErrors.MediationNotOffered with { Field = null };
        }

        if (MediationOfferedOn is not null)
        {
            return CaseErrors.AlreadyDone;
        }

        var dated = CheckStepDate(offeredOn, "offeredOn");
        return dated.IsFailure ? dated : MoveTo(
            CaseStatus.MediationOffered,
            new CaseEvent(now, CaseEvent.MediationOffered, by, $"{offeredOn:yyyy-MM-dd}"),
            () =>
            {
                MediationOfferedOn = offeredOn;
                Extend(DecisionTermExtension.AlternativeMeasureOffered);
            });
    }

    /// <summary>Success closes the case without a fine; refusal or failure lets the procedure go on; a payment plan keeps it open longer.</summary>
    public Result RecordMediationOutcome(MediationOutcome outcome, DateOnly endedOn, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.MediationOffered)
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var dated = CheckStepDate(endedOn, "endedOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        if (endedOn < MediationOfferedOn)
        {
            return CaseErrors.BeforeOffer.AtField("endedOn");
        }

        var happened = new CaseEvent(now, CaseEvent.MediationEnded, by, $"{outcome} {endedOn:yyyy-MM-dd}");
        return outcome switch
        {
            Cases.MediationOutcome.Succeeded => RecordThen(happened, () => MediationOutcome = outcome, () => CloseFor(Cases.CloseReason.MediationSucceeded, null, now, by)),
            Cases.MediationOutcome.AgreementWithPaymentPlan => Record(happened, () =>
            {
                MediationOutcome = outcome;
                Extend(DecisionTermExtension.MediationPaymentPlan);
            }),
            _ => MoveTo(CaseStatus.MediationFailed, happened, () => MediationOutcome = outcome),
        };
    }

    /// <param name="maximumHours">From the assessment; null where community service is not possible (companies, traffic).</param>
    public Result OfferCommunityService(DateOnly offeredOn, int? maximumHours, DateTimeOffset now, string by)
    {
        if (maximumHours is null)
        {
            return CaseErrors.CommunityServiceNotPossible;
        }

        if (CommunityServiceOfferedOn is not null)
        {
            return CaseErrors.AlreadyDone;
        }

        var dated = CheckStepDate(offeredOn, "offeredOn");
        return dated.IsFailure ? dated : MoveTo(
            CaseStatus.CommunityServiceOffered,
            new CaseEvent(now, CaseEvent.CommunityServiceOffered, by, $"{offeredOn:yyyy-MM-dd}"),
            () =>
            {
                CommunityServiceOfferedOn = offeredOn;
                Extend(DecisionTermExtension.AlternativeMeasureOffered);
            });
    }

    /// <summary>
    /// Community service imposed by a decision was performed (the case closes) or not (the decision lapses and
    /// the official may impose a fine, within the decision limit).
    /// </summary>
    public Result RecordCommunityServiceOutcome(bool performed, DateOnly on, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.Enforceable || Decision is not { Kind: Decisions.DecisionKind.CommunityService })
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var dated = CheckStepDate(on, "on");
        if (dated.IsFailure)
        {
            return dated;
        }

        var happened = new CaseEvent(now, CaseEvent.CommunityServiceEnded, by, $"{(performed ? "Performed" : "NotPerformed")} {on:yyyy-MM-dd}");
        return performed
            ? RecordThen(happened, () => { }, () => CloseFor(Cases.CloseReason.CommunityServicePerformed, null, now, by))
            : MoveTo(CaseStatus.ReadyForDecision, happened, () =>
            {
                Decision = null;
                DecisionNotifiedOn = null;
                EnforceableOn = null;
                Deadlines = Deadlines with { Appeal = null };
            });
    }

    /// <summary>Only ever lengthens the decision limit: a payment plan after an offer keeps the longest term.</summary>
    private void Extend(DecisionTermExtension extension)
    {
        if (extension <= DecisionTermExtension)
        {
            return;
        }

        DecisionTermExtension = extension;
        Deadlines = Deadlines with { Decision = LegalDeadlines.DecisionLimit(FactsDate, FindingDate, Regime, extension) };

        // The warnings counted down to the old limit; the new one gets its own.
        TimeBarWarnedAtDays = null;
    }

    /// <summary>A timeline line, then a status change that adds its own.</summary>
    private Result RecordThen(CaseEvent happened, Action apply, Func<Result> next)
    {
        apply();
        timeline.Add(happened);
        return next();
    }
}
