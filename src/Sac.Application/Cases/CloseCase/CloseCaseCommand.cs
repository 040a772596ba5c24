using Sac.Application.Cases.Procedure;
using Sac.Domain.Cases;

namespace Sac.Application.Cases.CloseCase;

/// <summary>The official closes a case: without sanction before a decision, or once it is paid.</summary>
public sealed record CloseCaseCommand(Guid CaseId, CloseReason? Reason, string? Note, int? ExpectedVersion) : ICaseStepCommand;
