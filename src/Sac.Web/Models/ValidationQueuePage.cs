using Sac.Application.Cases.Validation;
using Sac.Application.Common;

namespace Sac.Web.Models;

/// <summary>
/// The validation queue; <paramref name="Validated"/> and <paramref name="Refused"/> report the last bulk validation,
/// <paramref name="Rejected"/> the number of the case just closed (Post/Redirect/Get).
/// </summary>
public sealed record ValidationQueuePage(PagedList<AwaitingValidation> Findings, string? Municipality, int? Validated, int? Refused, string? Rejected);
