using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Cases.GetCase;

public sealed record GetCaseQuery(Guid Id) : IQuery<Result<CaseDetails>>;
