using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;

namespace Sac.Application.Statistics;

/// <summary>
/// The figures of the federal five-yearly evaluation of the GAS law. gas-law.md names the evaluation (§0, §1) but not its
/// questionnaire, so Sac reports what the evaluations have asked municipalities about: findings by kind of infraction,
/// minors, sanctions and alternative measures, appeals and their outcome, the amounts imposed and collected.
/// </summary>
public enum EvaluationItem
{
    Cases,
    PureAdministrative,
    Mixed,
    TrafficAndParking,
    Minors,
    Fines,
    CommunityService,
    Mediation,
    NoSanction,
    MediationOffered,
    MediationSucceeded,
    CommunityServiceOffered,
    TimeBarred,
    Appeals,
    AppealsConfirmed,
    AppealsReduced,
    AppealsAnnulled,
    AmountImposed,
    AmountCollected,
}

public sealed record EvaluationFigure(EvaluationItem Item, decimal Value, bool IsAmount = false);

public static class EvaluationFigures
{
    public static IReadOnlyList<EvaluationFigure> From(StatisticsFigures figures)
    {
        int Categories(Func<InfractionCategory, bool> which) => figures.Categories.Where(c => which(c.Value)).Sum(c => c.Cases);
        int Decided(DecisionKind kind) => figures.Decisions.Where(d => d.Kind == kind).Sum(d => d.Cases);
        int Appealed(AppealOutcome outcome) => figures.Appeals.Where(a => a.Value == outcome).Sum(a => a.Cases);
        var procedure = figures.Procedure;
        return
        [
            new(EvaluationItem.Cases, figures.Months.Sum(m => m.Cases)),
            new(EvaluationItem.PureAdministrative, Categories(c => c == InfractionCategory.PureAdministrative)),
            new(EvaluationItem.Mixed, Categories(c => c.IsMixed())),
            new(EvaluationItem.TrafficAndParking, Categories(c => c.IsTrafficWithFixedFine())),
            new(EvaluationItem.Minors, procedure.Minors),
            new(EvaluationItem.Fines, Decided(DecisionKind.Fine)),
            new(EvaluationItem.CommunityService, Decided(DecisionKind.CommunityService)),
            new(EvaluationItem.Mediation, Decided(DecisionKind.Mediation)),
            new(EvaluationItem.NoSanction, Decided(DecisionKind.NoSanction)),
            new(EvaluationItem.MediationOffered, procedure.MediationOffered),
            new(EvaluationItem.MediationSucceeded, procedure.MediationSucceeded),
            new(EvaluationItem.CommunityServiceOffered, procedure.CommunityServiceOffered),
            new(EvaluationItem.TimeBarred, figures.Closures.Where(c => c.Value == CloseReason.TimeBarred).Sum(c => c.Cases)),
            new(EvaluationItem.Appeals, figures.Appeals.Sum(a => a.Cases)),
            new(EvaluationItem.AppealsConfirmed, Appealed(AppealOutcome.Confirmed)),
            new(EvaluationItem.AppealsReduced, Appealed(AppealOutcome.Reduced)),
            new(EvaluationItem.AppealsAnnulled, Appealed(AppealOutcome.Annulled)),
            new(EvaluationItem.AmountImposed, figures.Decisions.Where(d => d.Kind == DecisionKind.Fine).Sum(d => d.Amount), IsAmount: true),
            new(EvaluationItem.AmountCollected, figures.Months.Sum(m => m.Paid), IsAmount: true),
        ];
    }
}
