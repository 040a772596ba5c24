using Sac.Application.Cases.GetCase;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;

namespace Sac.Web.Models;

/// <summary>The steps the case page can offer, in the order of the procedure (gas-law.md §5).</summary>
public enum CaseStep
{
    Identify,
    ReportToProsecutor,
    ProsecutorAnswer,
    ParentsLetter,
    Lawyer,
    MediationOffer,
    MediationOutcome,
    CommunityServiceOffer,
    Notice,
    Defence,
    ScheduleHearing,
    RecordHearing,
    Decide,
    DecisionNotification,
    Appeal,
    AppealOutcome,
    CommunityServiceOutcome,
    Payment,
    Refund,
    HandOver,
    ClosePaid,
    CloseWithoutSanction,
}

/// <summary>
/// What the official can do on a case now. It only reads what the domain decided (status, transition table,
/// assessment, the dates of the steps taken): the rules themselves stay in the domain, which still refuses a
/// step the page offered if the case changed in between.
/// </summary>
public sealed class CaseActions
{
    private CaseActions(IReadOnlyList<CaseStep> steps, IReadOnlyList<DecisionKind> decisionKinds)
    {
        Steps = steps;
        DecisionKinds = decisionKinds;
    }

    public IReadOnlyList<CaseStep> Steps { get; }

    /// <summary>The kinds of decision the form offers; a sanction only once the notice went out and nothing blocks it.</summary>
    public IReadOnlyList<DecisionKind> DecisionKinds { get; }

    public bool Can(CaseStep step) => Steps.Contains(step);

    /// <remarks>
    /// A defence received in time is kept even after an early decision; the page offers to register one after the
    /// decision only while the defence period still runs, as that is when it can still arrive.
    /// </remarks>
    public static CaseActions For(CaseDetails c)
    {
        var status = c.Status;
        var p = c.Procedure;
        var a = c.Assessment;
        var minor = c.Offender.IsMinor;
        var open = CaseTransitions.BeforeDecision.Contains(status);
        bool To(CaseStatus next) => CaseTransitions.IsAllowed(status, next);

        var offered = new Dictionary<CaseStep, bool>
        {
            // Before the decision the offender may be identified, or re-identified, through the registries.
            [CaseStep.Identify] = open,
            [CaseStep.ReportToProsecutor] = p.AwaitsProsecutor && p.ProsecutorReport is null && open,
            [CaseStep.ProsecutorAnswer] = p.AwaitsProsecutor && p.ProsecutorReport is { Answer: null } && open,
            [CaseStep.ParentsLetter] = minor && p.ParentsInformedOn is null && open,
            [CaseStep.Lawyer] = minor && p.LawyerRequestedOn is null && open,
            // Alternative measures belong to the sanction procedure: offered only where a sanction is possible today.
            [CaseStep.MediationOffer] = a.Sanctionable && a.MediationMayBeOffered && p.MediationOfferedOn is null && To(CaseStatus.MediationOffered),
            [CaseStep.MediationOutcome] = status == CaseStatus.MediationOffered,
            [CaseStep.CommunityServiceOffer] = a.Sanctionable && a.MaximumCommunityServiceHours is not null && p.CommunityServiceOfferedOn is null
                && To(CaseStatus.CommunityServiceOffered),
            [CaseStep.Notice] = a.Sanctionable && p.NoticeSentOn is null && To(CaseStatus.NoticeSent),
            [CaseStep.Defence] = p.NoticeSentOn is not null && (open || (status != CaseStatus.Closed && c.Deadlines.Defence >= a.AssessedOn)),
            [CaseStep.ScheduleHearing] = a.OralHearingMayBeRequested && p.NoticeSentOn is not null && p.Hearing is not { IsHeld: true }
                && (status == CaseStatus.HearingScheduled || To(CaseStatus.HearingScheduled)),
            [CaseStep.RecordHearing] = status == CaseStatus.HearingScheduled && p.Hearing is not null,
            [CaseStep.Decide] = To(CaseStatus.Decided),
            [CaseStep.DecisionNotification] = status == CaseStatus.Decided,
            [CaseStep.Appeal] = status == CaseStatus.DecisionNotified && c.Decision is { Kind: DecisionKind.Fine or DecisionKind.CommunityService },
            [CaseStep.AppealOutcome] = status == CaseStatus.Appealed,
            [CaseStep.CommunityServiceOutcome] = status == CaseStatus.Enforceable && c.Decision is { Kind: DecisionKind.CommunityService },
            [CaseStep.Payment] = c.Payment is not null && CaseTransitions.AwaitingPayment.Contains(status),
            [CaseStep.Refund] = c.Payment is { Overpaid: > 0 },
            [CaseStep.HandOver] = status == CaseStatus.PaymentReminded && p.OverdueSince is not null,
            [CaseStep.ClosePaid] = status == CaseStatus.Paid,
            [CaseStep.CloseWithoutSanction] = open,
        };
        var steps = Enum.GetValues<CaseStep>().Where(s => offered[s]).ToList();
        return new CaseActions(steps, offered[CaseStep.Decide] ? DecisionKindsFor(c) : []);
    }

    private static List<DecisionKind> DecisionKindsFor(CaseDetails c)
    {
        var a = c.Assessment;
        var sanction = a.Sanctionable && c.Procedure.NoticeSentOn is not null
            && c.Status is not (CaseStatus.MediationOffered or CaseStatus.HearingScheduled);
        var kinds = new List<DecisionKind>();
        if (sanction && (a.MaximumFine is not null || a.FixedFine is not null))
        {
            kinds.Add(DecisionKind.Fine);
        }

        if (sanction && a.MaximumCommunityServiceHours is not null)
        {
            kinds.Add(DecisionKind.CommunityService);
        }

        if (a.MediationMayBeOffered)
        {
            kinds.Add(DecisionKind.Mediation);
        }

        kinds.Add(DecisionKind.NoSanction);
        return kinds;
    }
}
