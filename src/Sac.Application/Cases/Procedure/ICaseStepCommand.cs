using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Procedure;

/// <summary>A step of the procedure on one case; <see cref="ExpectedVersion"/> (optional) refuses a stale page.</summary>
public interface ICaseStepCommand : ICommand<Result>
{
    Guid CaseId { get; }

    int? ExpectedVersion { get; }
}
