using Mediator;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Cases.CloseCase;

/// <summary>The official closes a case without sanction. <paramref name="ExpectedVersion"/> guards against a stale page.</summary>
public sealed record CloseCaseCommand(Guid CaseId, CloseReason? Reason, string? Note, int? ExpectedVersion) : ICommand<Result>;
