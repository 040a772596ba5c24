using Sac.Application.Cases.CloseCase;
using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <summary>Closing the case: without sanction before a decision (a reason from the list), or once the fine is paid.</summary>
public sealed class CloseCaseForm : StepForm
{
    /// <summary>The reasons the domain accepts for closing without sanction, in the order the select lists them.</summary>
    public static readonly IReadOnlyList<CloseReason> Reasons =
        [.. Enum.GetValues<CloseReason>().Where(r => r.IsWithoutSanction())];

    public CloseReason? Reason { get; set; }

    public string? Note { get; set; }

    public CloseCaseCommand ToCommand(Guid caseId, int? version) => new(caseId, Reason, Note, version);
}
