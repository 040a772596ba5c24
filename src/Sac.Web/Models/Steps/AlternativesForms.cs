using Sac.Application.Cases.Steps;
using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <summary>A lawyer requested from the bar association for a minor.</summary>
public sealed class LawyerForm : StepForm
{
    public DateOnly? RequestedOn { get; set; }

    public string? Note { get; set; }

    public RequestLawyerCommand ToCommand(Guid caseId, int? version) => new(caseId, RequestedOn, Note, version);
}

/// <summary>How the local mediation ended.</summary>
public sealed class MediationOutcomeForm : StepForm
{
    public MediationOutcome? Outcome { get; set; }

    public DateOnly? EndedOn { get; set; }

    public RecordMediationOutcomeCommand ToCommand(Guid caseId, int? version) => new(caseId, Outcome, EndedOn, version);
}

/// <summary>Community service proposed to the offender before the decision.</summary>
public sealed class CommunityServiceOfferForm : StepForm
{
    public DateOnly? OfferedOn { get; set; }

    public OfferCommunityServiceCommand ToCommand(Guid caseId, int? version) => new(caseId, OfferedOn, version);
}

/// <summary>Community service imposed by the decision: performed (the case closes) or not (a fine may follow).</summary>
public sealed class CommunityServiceOutcomeForm : StepForm
{
    public bool? Performed { get; set; }

    public DateOnly? On { get; set; }

    public RecordCommunityServiceOutcomeCommand ToCommand(Guid caseId, int? version) => new(caseId, Performed, On, version);
}
