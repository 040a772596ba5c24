using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Domain.Decisions;

/// <summary>
/// Whether the law allows a decision (gas-law.md §0b, §3): the procedure's state, the decision limit and the
/// assessment, the notice and the defence period, mediation first for minors, then the amounts. The first refusal wins.
/// </summary>
public static class DecisionRules
{
    public static Error? Refusal(Case @case, DecisionRequest request, CaseAssessment assessment)
    {
        if (!CaseTransitions.IsAllowed(@case.Status, CaseStatus.Decided))
        {
            return CaseErrors.InvalidState(@case.Status, CaseStatus.Decided);
        }

        if (request.DecidedOn < @case.FindingDate)
        {
            return CaseErrors.BeforeFinding.AtField("decidedAt");
        }

        return request.Kind switch
        {
            DecisionKind.NoSanction => null,
            DecisionKind.Mediation => MediationRefusal(@case, request, assessment),
            _ => SanctionRefusal(@case, request, assessment),
        };
    }

    private static Error? MediationRefusal(Case @case, DecisionRequest request, CaseAssessment assessment) =>
        LimitOrAssessmentRefusal(@case, request, assessment)
        ?? (assessment.MediationMayBeOffered ? null : DecisionErrors.MediationNotOffered);

    private static Error? SanctionRefusal(Case @case, DecisionRequest request, CaseAssessment assessment)
    {
        if (@case.Status == CaseStatus.MediationOffered)
        {
            return CaseErrors.StepNotAllowed(@case.Status);
        }

        // A case that cannot be sanctioned says so first: that matters more than a missing step.
        if (LimitOrAssessmentRefusal(@case, request, assessment) is { } refusal)
        {
            return refusal;
        }

        if (@case.NoticeSentOn is null || @case.Deadlines.Defence is not { } defenceEnds)
        {
            return DecisionErrors.NoticeNotSent;
        }

        if (@case.Status == CaseStatus.HearingScheduled)
        {
            return DecisionErrors.HearingPending;
        }

        if (request.DecidedOn <= defenceEnds)
        {
            return DecisionErrors.DefencePeriodRunning(defenceEnds);
        }

        if (assessment.MediationMustBeOffered && @case.MediationOfferedOn is null)
        {
            return DecisionErrors.MediationNotOffered;
        }

        return request.Kind == DecisionKind.Fine ? AmountRefusal(request.Amount, assessment) : HoursRefusal(request.Hours, assessment);
    }

    private static Error? LimitOrAssessmentRefusal(Case @case, DecisionRequest request, CaseAssessment assessment)
    {
        if (request.DecidedOn > @case.Deadlines.Decision)
        {
            return DecisionErrors.TimeBarred(@case.Deadlines.Decision);
        }

        return assessment.Sanctionable ? null : DecisionErrors.NotSanctionable(assessment.Reasons);
    }

    private static Error? AmountRefusal(decimal? amount, CaseAssessment assessment)
    {
        if (amount is not > 0)
        {
            return DecisionErrors.AmountRequired;
        }

        if (assessment.FixedFine is { } fixedFine)
        {
            return amount == fixedFine ? null : DecisionErrors.FixedFineMismatch(fixedFine);
        }

        if (amount > assessment.MaximumFine)
        {
            return DecisionErrors.FineAboveMaximum(assessment.MaximumFine!.Value);
        }

        return amount < assessment.MinimumFine ? DecisionErrors.FineBelowMinimum(assessment.MinimumFine!.Value) : null;
    }

    private static Error? HoursRefusal(int? hours, CaseAssessment assessment)
    {
        if (hours is not > 0)
        {
            return DecisionErrors.HoursRequired;
        }

        if (assessment.MaximumCommunityServiceHours is not { } maximum)
        {
            return CaseErrors.CommunityServiceNotPossible;
        }

        return hours > maximum ? DecisionErrors.CommunityServiceAboveMaximum(maximum) : null;
    }
}
