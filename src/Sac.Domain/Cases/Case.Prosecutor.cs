using Sac.Domain.Common;
using Sac.Domain.Deadlines;
using Sac.Domain.Municipalities;

namespace Sac.Domain.Cases;

/// <summary>Mixed infractions: the prosecutor decides first (gas-law.md §0b "Prosecutor (mixed)", §2.2).</summary>
public sealed partial class Case
{
    public ProsecutorReport? ProsecutorReport { get; private set; }

    /// <summary>
    /// A mixed case may proceed: the protocol agreement waives the prosecutor's say, the prosecutor left it to
    /// the official, or (light mixed only) two months passed in silence.
    /// </summary>
    public bool ProsecutorCleared { get; private set; }

    public bool AwaitsProsecutor => InfractionCategory.IsMixed() && !ProsecutorCleared;

    public Result ReportToProsecutor(DateOnly receivedOn, DateTimeOffset now, string by)
    {
        if (!AwaitsProsecutor || ProsecutorReport is not null)
        {
            return CaseErrors.NoProsecutorStep;
        }

        var dated = CheckStepDate(receivedOn, "receivedOn");
        return dated.IsFailure ? dated : MoveTo(
            CaseStatus.ReportedToProsecutor,
            new CaseEvent(now, CaseEvent.ReportedToProsecutor, by, $"{receivedOn:yyyy-MM-dd}"),
            () =>
            {
                ProsecutorReport = new ProsecutorReport(receivedOn);
                Deadlines = Deadlines with { ProsecutorAnswer = ProcedureDeadlines.ProsecutorAnswer(receivedOn, Regime) };
            });
    }

    /// <summary>The prosecutor prosecutes (the case closes) or leaves it to the official (the case proceeds).</summary>
    public Result RecordProsecutorAnswer(ProsecutorAnswer answer, DateOnly answeredOn, DateTimeOffset now, string by)
    {
        if (Status != CaseStatus.ReportedToProsecutor || ProsecutorReport is not { Answer: null } report)
        {
            return CaseErrors.NoProsecutorStep;
        }

        var dated = CheckStepDate(answeredOn, "answeredOn");
        if (dated.IsFailure)
        {
            return dated;
        }

        if (answeredOn < report.ReceivedOn)
        {
            return CaseErrors.BeforeFinding.AtField("answeredOn");
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
        if (Status != CaseStatus.ReportedToProsecutor || ProsecutorReport is not { Answer: null }
            || Deadlines.ProsecutorAnswer is not { } lastDay || today <= lastDay)
        {
            return false;
        }

        var happened = new CaseEvent(now, CaseEvent.ProsecutorWindowEnded, by, $"{lastDay:yyyy-MM-dd}");
        return (InfractionCategory == InfractionCategory.MixedSerious
            ? RecordThen(happened, () => { }, () => CloseFor(Cases.CloseReason.NoProsecutorAgreement, null, now, by))
            : Record(happened, () => ProsecutorCleared = true)).IsSuccess;
    }
}
