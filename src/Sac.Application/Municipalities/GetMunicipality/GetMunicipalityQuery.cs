using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Municipalities.GetMunicipality;

/// <summary>Settings and regulation; <paramref name="On"/> picks the regulation version (today when null).</summary>
public sealed record GetMunicipalityQuery(string Nis, DateOnly? On = null) : IQuery<Result<MunicipalityDetails>>;
