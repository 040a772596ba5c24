using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Deadlines;

/// <summary>What a deadline job does: applies whatever is due on the case today. Running it twice changes nothing more.</summary>
public sealed record ApplyDueDeadlinesCommand(Guid CaseId) : ICommand<Result>;
