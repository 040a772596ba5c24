using Sac.Domain.Common;
using Sac.Domain.Deadlines;
using Sac.Domain.Municipalities;

namespace Sac.Domain.Cases;

/// <summary>Mixed infractions: the prosecutor decides first (gas-law.md §0b "Prosecutor (mixed)", §2.2).</summary>
public sealed partial class Case
{
    public ProsecutorReport? ProsecutorReport { get; private set; }

    /// <summary>
    /// A mixed case may proceed: the protocol agreement waives the prosecutor's say (light mixed only), the
    /// prosecutor left it to the official, or (light mixed only) two months passed in silence.
    /// </summary>
    public bool ProsecutorCleared { get; private set; }

    public bool AwaitsProsecutor => InfractionCategory.IsMixed() && !ProsecutorCleared;

    /// <summary>The report went out and the prosecutor has not answered, and nothing else cleared the case yet.</summary>
    private bool AwaitsProsecutorsAnswer =>
        AwaitsProsecutor && ProsecutorReport is { Answer: null } && CaseTransitions.BeforeDecision.Contains(Status);

    /// <summary>
    /// The report reached the prosecutor on <paramref name="receivedOn"/>. A registered case shows it in its status;
    /// a minor's case whose parents were already informed keeps its status.
    /// </summary>
    public Result ReportToProsecutor(DateOnly receivedOn, DateTimeOffset now, string by)
    {
        if (!AwaitsProsecutor || ProsecutorReport is not null || !CaseTransitions.BeforeDecision.Contains(Status))
        {
            return CaseErrors.NoProsecutorStep;
        }

        var dated = CheckStepDate(receivedOn, "receivedOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        var happened = new CaseEvent(now, CaseEvent.ReportedToProsecutor, by, $"{receivedOn:yyyy-MM-dd}");
        void Apply()
        {
            ProsecutorReport = new ProsecutorReport(receivedOn);
            Deadlines = Deadlines with { ProsecutorAnswer = ProcedureDeadlines.ProsecutorAnswer(receivedOn, Regime) };
        }

        return CaseTransitions.IsAllowed(Status, CaseStatus.ReportedToProsecutor)
            ? MoveTo(CaseStatus.ReportedToProsecutor, happened, Apply)
            : Record(happened, Apply);
    }

    /// <summary>
    /// The prosecutor prosecutes (the case closes) or leaves it to the official (the case proceeds). For a serious
    /// mixed infraction only an agreement within the window counts.
    /// </summary>
    public Result RecordProsecutorAnswer(ProsecutorAnswer answer, DateOnly answeredOn, DateTimeOffset now, string by)
    {
        if (!AwaitsProsecutorsAnswer)
        {
            return CaseErrors.NoProsecutorStep;
        }

        var report = ProsecutorReport!;
        var dated = CheckStepDate(answeredOn, "answeredOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        if (answeredOn < report.ReceivedOn)
        {
            return CaseErrors.BeforeReport.AtField("answeredOn");
        }

        if (answer == Cases.ProsecutorAnswer.LeavesToOfficial && InfractionCategory == InfractionCategory.MixedSerious && answeredOn > Deadlines.ProsecutorAnswer)
        {
            return CaseErrors.AgreementTooLate(Deadlines.ProsecutorAnswer!.Value);
        }

        var happened = new CaseEvent(now, CaseEvent.ProsecutorAnswered, by, $"{answer} {answeredOn:yyyy-MM-dd}");
        ProsecutorReport = report with { Answer = answer, AnsweredOn = answeredOn };
        return answer == Cases.ProsecutorAnswer.Prosecutes
            ? RecordThen(happened, () => { }, () => CloseFor(Cases.CloseReason.Prosecuted, null, now, by))
            : Record(happened, () => ProsecutorCleared = true);
    }

    /// <summary>
    /// The prosecutor's window ended without an answer: a light mixed case proceeds, a serious one cannot
    /// (it needed the prosecutor's agreement) and closes.
    /// </summary>
    private bool ApplyProsecutorWindow(DateOnly today, DateTimeOffset now, string by)
    {
        if (!AwaitsProsecutorsAnswer || Deadlines.ProsecutorAnswer is not { } lastDay || today <= lastDay)
        {
            return false;
        }

        var happened = new CaseEvent(now, CaseEvent.ProsecutorWindowEnded, by, $"{lastDay:yyyy-MM-dd}");
        return (InfractionCategory == InfractionCategory.MixedSerious
            ? RecordThen(happened, () => { }, () => CloseFor(Cases.CloseReason.NoProsecutorAgreement, null, now, by))
            : Record(happened, () => ProsecutorCleared = true)).IsSuccess;
    }

    /// <summary>The day after the prosecutor's window, while an answer is awaited.</summary>
    private DateOnly? ProsecutorWindowDue() => AwaitsProsecutorsAnswer ? Deadlines.ProsecutorAnswer?.AddDays(1) : null;
}
