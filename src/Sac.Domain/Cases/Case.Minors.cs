using Sac.Domain.Common;

namespace Sac.Domain.Cases;

/// <summary>The minors' procedure before any sanction: parents informed, a lawyer requested (gas-law.md §3.3, §5 T4).</summary>
public sealed partial class Case
{
    public DateOnly? ParentsInformedOn { get; private set; }

    public DateOnly? LawyerRequestedOn { get; private set; }

    /// <summary>The parental-involvement letter went out, at any time before the decision; <paramref name="isMinor"/> comes from the assessment.</summary>
    public Result InformParents(DateOnly sentOn, bool isMinor, DateTimeOffset now, string by)
    {
        if (!isMinor)
        {
            return CaseErrors.MinorsOnly;
        }

        if (ParentsInformedOn is not null)
        {
            return CaseErrors.AlreadyDone;
        }

        if (!CaseTransitions.BeforeDecision.Contains(Status))
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var dated = CheckStepDate(sentOn, "sentOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        // Informing the parents shows in the status of a fresh case; later in the procedure it is recorded without moving it back.
        var happened = new CaseEvent(now, CaseEvent.ParentsInformed, by, $"{sentOn:yyyy-MM-dd}");
        return CaseTransitions.IsAllowed(Status, CaseStatus.ParentsInformed)
            ? MoveTo(CaseStatus.ParentsInformed, happened, () => ParentsInformedOn = sentOn)
            : Record(happened, () => ParentsInformedOn = sentOn);
    }

    /// <summary>The bar association was asked for a lawyer for the minor (free of charge).</summary>
    public Result RequestLawyer(DateOnly requestedOn, string? note, bool isMinor, DateTimeOffset now, string by)
    {
        if (!isMinor)
        {
            return CaseErrors.MinorsOnly;
        }

        if (LawyerRequestedOn is not null)
        {
            return CaseErrors.AlreadyDone;
        }

        if (!CaseTransitions.BeforeDecision.Contains(Status))
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var dated = CheckStepDate(requestedOn, "requestedOn");
        return dated.IsFailure ? dated : Record(
            new CaseEvent(now, CaseEvent.LawyerRequested, by, string.IsNullOrWhiteSpace(note) ? $"{requestedOn:yyyy-MM-dd}" : $"{requestedOn:yyyy-MM-dd}: {note.Trim()}"),
            () => LawyerRequestedOn = requestedOn);
    }
}
