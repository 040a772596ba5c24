using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Measures;
using Sac.Domain.Municipalities;

namespace Sac.Domain.CollegeSanctions;

/// <summary>
/// A suspension or withdrawal of a municipal permit, or a closure of an establishment, decided by the college (gas-law.md
/// §3.1, §3.7): recorded, then the prior warning with the extract of the regulation, the decision, its notification.
/// Never for parking and traffic infractions (§2.3: a fine only). Each step bumps <see cref="Version"/>.
/// </summary>
public sealed class CollegeSanction
{
    private CollegeSanction()
    {
        MunicipalityNis = Subject = RecordedBy = string.Empty;
        Holder = null!;
        InfractionCodes = [];
    }

    public Guid Id { get; private set; }

    public string MunicipalityNis { get; private set; }

    public Addressee Holder { get; private set; }

    /// <summary>The permit or establishment concerned, as the college names it.</summary>
    public string Subject { get; private set; }

    /// <summary>The codes of the infractions of the municipality's regulation.</summary>
    public string[] InfractionCodes { get; private set; }

    /// <summary>The GAS case it arose from, if any.</summary>
    public Guid? CaseId { get; private set; }

    public DateOnly? WarnedOn { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public CollegeSanctionKind? Kind { get; private set; }

    public DateOnly? StartsOn { get; private set; }

    /// <summary>The last day of a temporary measure; null for a definitive one.</summary>
    public DateOnly? EndsOn { get; private set; }

    public string? Reasons { get; private set; }

    public DateOnly? NotifiedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public int Version { get; private set; }

    /// <summary>The day the retention period of the personal data runs from: recorded, then the last day (the decision for a definitive measure).</summary>
    public DateOnly RetentionFrom { get; private set; }

    /// <summary>The day the personal data was erased; null while it is kept.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    public MeasureState StateOn(DateOnly today) => MeasureTerm.StateOn(today, StartsOn, EndsOn);

    /// <param name="infractions">The versions of the regulation's infractions in force today, one per code.</param>
    public static Result<CollegeSanction> Record(
        string municipalityNis, Addressee holder, string? subject, IReadOnlyList<Infraction> infractions, Guid? caseId, DateTimeOffset now, string by)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return CollegeSanctionErrors.SubjectRequired;
        }

        if (infractions.Count == 0)
        {
            return CollegeSanctionErrors.InfractionsRequired;
        }

        if (infractions.FirstOrDefault(i => i.Category.IsTrafficWithFixedFine()) is { } traffic)
        {
            return CollegeSanctionErrors.TrafficInfraction(traffic.Code);
        }

        return new CollegeSanction
        {
            Id = Guid.NewGuid(),
            MunicipalityNis = municipalityNis,
            Holder = holder,
            Subject = subject.Trim(),
            InfractionCodes = [.. infractions.Select(i => i.Code).Distinct(StringComparer.Ordinal)],
            CaseId = caseId,
            RecordedAt = now,
            RecordedBy = by,
            RetentionFrom = BelgianTime.DateOf(now),
            Version = 1,
        };
    }

    /// <summary>The prior warning, with the extract of the regulation, sent to the holder.</summary>
    public Result Warn(DateOnly sentOn)
    {
        if (AnonymisedOn is not null)
        {
            return MeasureErrors.Anonymised;
        }

        if (WarnedOn is not null)
        {
            return MeasureErrors.AlreadyDone("sentOn");
        }

        WarnedOn = sentOn;
        Version++;
        return Result.Success();
    }

    /// <summary>The college's decision: only after the warning, starting no earlier than decided; a last day for temporary kinds only.</summary>
    public Result Decide(DateOnly decidedOn, CollegeSanctionKind kind, DateOnly startsOn, DateOnly? endsOn, string? reasons)
    {
        var refusal = DecisionRefusal(decidedOn, kind, startsOn, endsOn, reasons);
        if (refusal is not null)
        {
            return refusal;
        }

        DecidedOn = decidedOn;
        Kind = kind;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Reasons = reasons!.Trim();
        RetentionFrom = endsOn ?? decidedOn;
        Version++;
        return Result.Success();
    }

    /// <summary>The decision notified to the holder; the appeal to the Council of State runs from it.</summary>
    public Result Notify(DateOnly sentOn)
    {
        if (AnonymisedOn is not null)
        {
            return MeasureErrors.Anonymised;
        }

        if (DecidedOn is not { } decidedOn)
        {
            return CollegeSanctionErrors.NotDecided;
        }

        if (NotifiedOn is not null)
        {
            return MeasureErrors.AlreadyDone("sentOn");
        }

        if (sentOn < decidedOn)
        {
            return CollegeSanctionErrors.NotificationBeforeDecision;
        }

        NotifiedOn = sentOn;
        Version++;
        return Result.Success();
    }

    /// <summary>
    /// Once the retention period has ended (<see cref="MeasureRetention"/>), erases who the holder is and the free texts that may
    /// describe them; the kind, the infractions and the dates stay. False when nothing changed (still kept, or already erased).
    /// </summary>
    public bool Anonymise(int retentionYears, DateTimeOffset now)
    {
        var today = BelgianTime.DateOf(now);
        if (AnonymisedOn is not null || !MeasureRetention.HasEnded(RetentionFrom, retentionYears, today))
        {
            return false;
        }

        Holder = Holder.Anonymised();
        Subject = string.Empty;
        Reasons = null;
        AnonymisedOn = today;
        Version++;
        return true;
    }

    private Error? DecisionRefusal(DateOnly decidedOn, CollegeSanctionKind kind, DateOnly startsOn, DateOnly? endsOn, string? reasons) =>
        AnonymisedOn is not null ? MeasureErrors.Anonymised
        : DecidedOn is not null ? MeasureErrors.AlreadyDone("decidedOn")
        : WarnedOn is not { } warnedOn ? CollegeSanctionErrors.WarningRequired
        : decidedOn < warnedOn ? CollegeSanctionErrors.DecisionBeforeWarning
        : string.IsNullOrWhiteSpace(reasons) ? CollegeSanctionErrors.ReasonsRequired
        : startsOn < decidedOn ? MeasureErrors.StartBeforeDecision
        : kind.IsTemporary() && endsOn is null ? CollegeSanctionErrors.EndRequired
        : !kind.IsTemporary() && endsOn is not null ? CollegeSanctionErrors.EndNotAllowed
        : endsOn is { } end && end <= startsOn ? MeasureErrors.EndNotAfterStart
        : null;
}
