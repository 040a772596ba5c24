using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Deadlines;

/// <summary>
/// The daily safety net: finds every case with a deadline due by today in one query and schedules its check,
/// so a lost or never-scheduled job never loses a deadline. Answers how many cases were due.
/// </summary>
public sealed record SweepDueDeadlinesCommand : ICommand<Result<int>>;
