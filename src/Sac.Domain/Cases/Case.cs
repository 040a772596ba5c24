using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Deadlines;
using Sac.Domain.Devices;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Domain.Cases;

/// <summary>
/// A GAS case, from the finding to closure. Status changes only through intent methods that check
/// <see cref="CaseTransitions"/>; each change bumps <see cref="Version"/> (optimistic concurrency)
/// and adds a line to the timeline. The steps of the procedure live in the partial files beside this one.
/// </summary>
public sealed partial class Case
{
    private readonly List<CaseEvent> timeline = [];

    private Case()
    {
        Number = MunicipalityNis = InfractionCode = RecordedBy = string.Empty;
        Place = null!;
        Offender = null!;
        Deadlines = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Human-readable number, unique per municipality: NIS-year-sequence.</summary>
    public string Number { get; private set; }

    public string MunicipalityNis { get; private set; }

    /// <summary>The client's idempotency key; null for findings made in the browser.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>A digest of the finding's content, to tell a retry from a different finding under the same key.</summary>
    public string? IntakeFingerprint { get; private set; }

    public string InfractionCode { get; private set; }

    public InfractionCategory InfractionCategory { get; private set; }

    public DateTimeOffset FactsAt { get; private set; }

    public DateTimeOffset FindingAt { get; private set; }

    public DateOnly FactsDate { get; private set; }

    public DateOnly FindingDate { get; private set; }

    public Place Place { get; private set; }

    public string? Description { get; private set; }

    public Offender Offender { get; private set; }

    public CaseStatus Status { get; private set; }

    public CaseDeadlines Deadlines { get; private set; }

    public DecisionTermExtension DecisionTermExtension { get; private set; }

    public CloseReason? CloseReason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The next day the passing of time may change this case (stored, so a daily sweep finds due cases in one query).</summary>
    public DateOnly? NextDueOn { get; private set; }

    public string RecordedBy { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CaseEvent> Timeline => timeline;

    public static Result<Case> Open(CaseIntake intake, string number, DateTimeOffset now, string recordedBy)
    {
        var factsDate = BelgianTime.DateOf(intake.FactsAt);
        var findingDate = BelgianTime.DateOf(intake.FindingAt);
        var errors = new List<Error>();
        if (intake.FactsAt > now)
        {
            errors.Add(CaseErrors.InFuture.AtField("factsAt"));
        }

        if (intake.FindingAt > now && intake.FindingAt != intake.FactsAt)
        {
            errors.Add(CaseErrors.InFuture.AtField("findingAt"));
        }

        if (intake.FindingAt < intake.FactsAt)
        {
            errors.Add(CaseErrors.FindingBeforeFacts);
        }

        if (intake.Device is null && AutomaticDevices.RequireDevice(intake.Infraction.Category))
        {
            errors.Add(DeviceErrors.Required);
        }

        if (LegalRegimeHistory.On(factsDate) is not { } regime)
        {
            errors.Add(CaseErrors.FactsBeforeGasLaw);
            return Result<Case>.Failure(errors);
        }

        if (errors.Count > 0)
        {
            return Result<Case>.Failure(errors);
        }

        var opened = new Case
        {
            Id = Guid.NewGuid(),
            Number = number,
            MunicipalityNis = intake.MunicipalityNis,
            ExternalId = intake.ExternalId,
            IntakeFingerprint = intake.Fingerprint,
            InfractionCode = intake.Infraction.Code,
            InfractionCategory = intake.Infraction.Category,
            FactsAt = intake.FactsAt,
            FindingAt = intake.FindingAt,
            FactsDate = factsDate,
            FindingDate = findingDate,
            Place = intake.Place,
            Description = intake.Description,
            Offender = intake.Offender,
            Device = intake.Device,
            Status = CaseStatus.Registered,
            Deadlines = new CaseDeadlines(
                LegalDeadlines.Transmission(findingDate, regime),
                LegalDeadlines.DecisionLimit(factsDate, findingDate, regime, DecisionTermExtension.None)),
            RecordedAt = now,
            RecordedBy = recordedBy,
            Version = 1,
            ProsecutorCleared = intake.Infraction.Category.IsMixed() && intake.Infraction.ProsecutionWaivedByProtocol,
        };
        opened.timeline.Add(new CaseEvent(now, CaseEvent.FindingRecorded, recordedBy));
        opened.NextDueOn = opened.NextDueDate();
        return opened;
    }

    /// <summary>
    /// The official closes a case: before any decision for a reason without sanction (not sanctionable, no
    /// sanction, time-barred, prosecuted, mediated), or once it is paid. Other closures follow from the procedure.
    /// </summary>
    public Result Close(CloseReason reason, string? note, DateTimeOffset now, string by)
    {
        var allowed = reason == Cases.CloseReason.Paid
            ? Status == CaseStatus.Paid
            : reason.IsWithoutSanction() && CaseTransitions.BeforeDecision.Contains(Status);
        if (!allowed)
        {
            return reason.IsWithoutSanction() || reason == Cases.CloseReason.Paid
                ? CaseErrors.InvalidState(Status, CaseStatus.Closed)
                : CaseErrors.CloseReasonNotManual(reason);
        }

        return CloseFor(reason, note, now, by);
    }

    private Result CloseFor(CloseReason reason, string? note, DateTimeOffset now, string by) =>
        MoveTo(
            CaseStatus.Closed,
            new CaseEvent(now, CaseEvent.CaseClosed, by, string.IsNullOrWhiteSpace(note) ? reason.ToString() : $"{reason}: {note.Trim()}"),
            () =>
            {
                CloseReason = reason;
                ClosedOn = BelgianTime.DateOf(now);
            });

    private LegalRegime Regime => LegalRegimeHistory.On(FactsDate)
        ?? throw new InvalidOperationException("Case.Open refuses facts before the GAS law.");

    /// <summary>
    /// A step is dated no earlier than the finding. Its date is the date of the act as the official records it (a
    /// letter handed to the post tomorrow, a judgment as dated by the court), so it is not checked against today:
    /// an acceptance environment replays past dates (api-v1.md, Clock:Now) and the deadlines follow the act's date.
    /// </summary>
    private Result CheckStepDate(DateOnly on, string field) =>
        on < FindingDate ? CaseErrors.BeforeFinding.AtField(field) : Result.Success();

    /// <summary>A step that does not change the status still changes the case: new version, new timeline line.</summary>
    private Result Record(CaseEvent happened, Action apply)
    {
        apply();
        Version++;
        timeline.Add(happened);
        NextDueOn = NextDueDate();
        return Result.Success();
    }

    private Result MoveTo(CaseStatus next, CaseEvent happened, Action apply)
    {
        if (!CaseTransitions.IsAllowed(Status, next))
        {
            return CaseErrors.InvalidState(Status, next);
        }

        apply();
        Status = next;
        Version++;
        timeline.Add(happened);
        NextDueOn = NextDueDate();
        return Result.Success();
    }
}
