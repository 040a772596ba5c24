using Sac.Application.Audit;
using Sac.Application.Municipalities.GetMunicipality;

namespace Sac.Web.Models;

/// <summary>One infraction: every version, oldest first, and who changed which version when, newest first.</summary>
public sealed record InfractionHistoryPage(MunicipalityDetails Municipality, string Code, IReadOnlyList<InfractionDetails> Versions, IReadOnlyList<AuditLine> Changes);
