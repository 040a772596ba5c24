using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sac.Application.DataProtection.SubjectReport;

namespace Sac.Web.Models;

/// <summary>The DPO's lookup (DataProtection/Index): the number typed, and the report once drawn up.</summary>
public sealed class DataSubjectPage
{
    public string? NationalRegisterNumber { get; set; }

    [BindNever]
    public DataSubjectReport? Report { get; set; }

    /// <summary>NIS code to the name in the user's language.</summary>
    [BindNever]
    public IReadOnlyDictionary<string, string> MunicipalityNames { get; set; } = new Dictionary<string, string>();

    public string MunicipalityName(string nis) => MunicipalityNames.TryGetValue(nis, out var name) ? name : nis;
}
