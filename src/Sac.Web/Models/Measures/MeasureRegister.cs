using Microsoft.AspNetCore.Mvc.Rendering;

namespace Sac.Web.Models.Measures;

/// <summary>A municipality's register of measures, with the other municipalities to switch to and the "ending soon" filter.</summary>
public sealed record MeasureRegister<T>(
    string Nis, string MunicipalityName, IReadOnlyList<SelectListItem> Municipalities, bool EndingSoon, bool MayRecord, IReadOnlyList<T> Items);
