using Riok.Mapperly.Abstractions;
using Sac.Domain.Municipalities;

namespace Sac.Application.Municipalities.GetMunicipality;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class MunicipalityDetailsMapper
{
    public static MunicipalityDetails ToDetails(this Municipality municipality, DateOnly on) => new(
        municipality.Nis,
        municipality.NameNl,
        municipality.NameFr,
        ToDetails(municipality.Settings),
        municipality.Letterhead is { } letterhead ? ToDetails(letterhead) : null,
        [.. municipality.RegulationOn(on).Select(ToDetails)],
        [.. municipality.Infractions.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.ValidFrom).Select(ToDetails)]);

    public static partial SettingsDetails ToDetails(MunicipalitySettings settings);

    public static partial InfractionDetails ToDetails(Infraction infraction);

    public static partial LetterheadDetails ToDetails(Letterhead letterhead);
}
