using Sac.Application.Cases.Steps;
using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <summary>A mixed infraction reported to the public prosecutor, who received it on <see cref="ReceivedOn"/>.</summary>
public sealed class ReportToProsecutorForm : StepForm
{
    public DateOnly? ReceivedOn { get; set; }

    public ReportToProsecutorCommand ToCommand(Guid caseId, int? version) => new(caseId, ReceivedOn, version);
}

/// <summary>The prosecutor's answer: prosecutes (the case closes) or leaves it to the official.</summary>
public sealed class ProsecutorAnswerForm : StepForm
{
    public ProsecutorAnswer? Answer { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public RecordProsecutorAnswerCommand ToCommand(Guid caseId, int? version) => new(caseId, Answer, AnsweredOn, version);
}
