using Mediator;

namespace Sac.Application.Municipalities.ListMunicipalities;

/// <summary>The municipalities the current user works for, for pickers and filters.</summary>
public sealed record ListMunicipalitiesQuery : IQuery<IReadOnlyList<MunicipalityName>>;

public sealed record MunicipalityName(string Nis, string NameNl, string NameFr);
