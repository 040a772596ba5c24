using Sac.Domain.Common;
using Sac.Domain.Deadlines;

namespace Sac.Domain.Cases;

/// <summary>Notice of proceedings, written defence and oral hearing (gas-law.md §5 T5–T9).</summary>
public sealed partial class Case
{
    private readonly List<WrittenDefence> defences = [];

    public DateOnly? NoticeSentOn { get; private set; }

    public NotificationChannel? NoticeChannel { get; private set; }

    public IReadOnlyList<WrittenDefence> Defences => defences;

    public Hearing? Hearing { get; private set; }

    /// <summary>
    /// The notice was posted on <paramref name="postedOn"/>: the defence period runs from its deemed receipt.
    /// Only a case that can be sanctioned today gets a notice (<paramref name="reasonsAgainst"/> from the assessment).
    /// </summary>
    public Result SendNotice(DateOnly postedOn, NotificationChannel channel, IReadOnlyList<string> reasonsAgainst, DateTimeOffset now, string by)
    {
        if (channel != NotificationChannel.RegisteredMail)
        {
            return CaseErrors.RegisteredMailRequired;
        }

        if (!CaseTransitions.IsAllowed(Status, CaseStatus.NoticeSent) || NoticeSentOn is not null)
        {
            return CaseErrors.InvalidState(Status, CaseStatus.NoticeSent);
        }

        if (ValidationRefusal is { } notValidated)
        {
            return notValidated;
        }

        if (reasonsAgainst.Count > 0)
        {
            return Decisions.DecisionErrors.NotSanctionable(reasonsAgainst) with { Field = null };
        }

        var dated = CheckStepDate(postedOn, "sentAt");
        if (dated.IsFailure)
        {
            return dated;
        }

        var defence = ProcedureDeadlines.Defence(postedOn, InfractionCategory, Regime);
        return MoveTo(
            CaseStatus.NoticeSent,
            new CaseEvent(now, CaseEvent.NoticeSent, by, $"{channel} {postedOn:yyyy-MM-dd}"),
            () =>
            {
                NoticeSentOn = postedOn;
                NoticeChannel = channel;
                Deadlines = Deadlines with { Defence = defence };
            });
    }

    /// <summary>
    /// A written defence, in time or late: the official weighs it either way. One received within the defence period
    /// is kept even after a decision was recorded (the decision may have been recorded ahead of its date): nothing is lost,
    /// and the timeline shows it came after the decision.
    /// </summary>
    public Result RegisterDefence(DateOnly receivedOn, string text, DateTimeOffset now, string by)
    {
        var inTime = receivedOn <= Deadlines.Defence;
        if (NoticeSentOn is not { } noticeOn || Status == CaseStatus.Closed || !(CaseTransitions.BeforeDecision.Contains(Status) || inTime))
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var dated = CheckStepDate(receivedOn, "receivedOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        if (receivedOn < noticeOn)
        {
            return CaseErrors.BeforeNotice.AtField("receivedOn");
        }

        var afterDecision = Decision is not null ? " (after the decision)" : string.Empty;
        return Record(
            new CaseEvent(now, CaseEvent.DefenceReceived, by, $"{receivedOn:yyyy-MM-dd}{(inTime ? string.Empty : " (late)")}{afterDecision}"),
            () => defences.Add(new WrittenDefence(receivedOn, text.Trim(), by)));
    }

    /// <summary>Plans (or moves) the oral hearing the offender asked for: the right exists above 70 euro, and always for minors.</summary>
    public Result ScheduleHearing(DateTimeOffset at, string location, bool mayBeRequested, DateTimeOffset now, string by)
    {
        if (!mayBeRequested)
        {
            return CaseErrors.NoRightToHearing;
        }

        if (NoticeSentOn is null || Hearing is { IsHeld: true }
            || !(Status == CaseStatus.HearingScheduled || CaseTransitions.IsAllowed(Status, CaseStatus.HearingScheduled)))
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var happened = new CaseEvent(now, CaseEvent.HearingScheduled, by, $"{at:yyyy-MM-dd HH:mm} {location.Trim()}");
        var hearing = new Hearing(at, location.Trim());
        return Status == CaseStatus.HearingScheduled
            ? Record(happened, () => Hearing = hearing)
            : MoveTo(CaseStatus.HearingScheduled, happened, () => Hearing = hearing);
    }

    /// <summary>The hearing took place (or the offender did not come); the minutes are kept with the case.</summary>
    public Result RecordHearing(DateOnly heldOn, bool attended, string? minutes, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.HearingScheduled || Hearing is not { } planned)
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        var dated = CheckStepDate(heldOn, "heldOn");
        return dated.IsFailure ? dated : MoveTo(
            CaseStatus.ReadyForDecision,
            new CaseEvent(now, CaseEvent.HearingHeld, by, $"{heldOn:yyyy-MM-dd}{(attended ? string.Empty : " (absent)")}"),
            () => Hearing = planned with { HeldOn = heldOn, Attended = attended, Minutes = minutes?.Trim() });
    }

    /// <summary>The defence period is over: the case waits for the official's decision.</summary>
    private bool ApplyDefencePeriod(DateOnly today, DateTimeOffset now, string by) =>
        Status == CaseStatus.NoticeSent && Deadlines.Defence is { } lastDay && today > lastDay
        && MoveTo(CaseStatus.ReadyForDecision, new CaseEvent(now, CaseEvent.DefencePeriodEnded, by, $"{lastDay:yyyy-MM-dd}"), () => { }).IsSuccess;
}
