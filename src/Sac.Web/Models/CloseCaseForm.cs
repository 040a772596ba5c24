using Sac.Application.Cases.CloseCase;
using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <summary>"Close without sanction" on the case page; <see cref="Version"/> is the case version the page showed.</summary>
public sealed class CloseCaseForm
{
    /// <summary>The reasons the domain accepts for closing without sanction, in the order the select lists them.</summary>
    public static readonly IReadOnlyList<CloseReason> Reasons =
        [.. Enum.GetValues<CloseReason>().Where(r => r.IsWithoutSanction())];

    public CloseReason? Reason { get; set; }

    public string? Note { get; set; }

    public int? Version { get; set; }

    public CloseCaseCommand ToCommand(Guid caseId) => new(caseId, Reason, Note, Version);
}
