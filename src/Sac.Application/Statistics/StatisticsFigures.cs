using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;

namespace Sac.Application.Statistics;

/// <summary>
/// What the database counted and summed for the cases found in a period (by the date of the finding): each figure is
/// about that cohort of cases, whatever happened to them later; <see cref="Revenue"/> is about the fines that became
/// enforceable in the period instead, per year of enforceability.
/// </summary>
public sealed record StatisticsFigures(
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<InfractionFigure> Infractions,
    IReadOnlyList<Counted<InfractionCategory>> Categories,
    IReadOnlyList<DecisionFigure> Decisions,
    IReadOnlyList<Counted<CloseReason>> Closures,
    IReadOnlyList<Counted<AppealOutcome?>> Appeals,
    ProcedureFigures Procedure,
    IReadOnlyList<RevenueFigure> Revenue);

/// <summary>One month of findings (<paramref name="Month"/> is its first day): the cases, and the final fines among them with what was paid on them.</summary>
public sealed record MonthFigures(DateOnly Month, int Cases, decimal FinalFines, decimal Paid)
{
    /// <summary>Paid over owed, null when no fine became final.</summary>
    public decimal? CollectionRate => FinalFines == 0 ? null : Paid / FinalFines;
}

public sealed record InfractionFigure(string Code, string TextNl, string TextFr, int Cases);

public sealed record DecisionFigure(DecisionKind Kind, int Cases, decimal Amount);

public sealed record Counted<T>(T Value, int Cases);

/// <summary>The minors' procedure and the alternative measures offered.</summary>
public sealed record ProcedureFigures(int Minors, int MediationOffered, int MediationSucceeded, int CommunityServiceOffered);
