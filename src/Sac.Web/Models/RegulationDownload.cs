using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Models;

/// <summary>The regulation as a CSV or XLSX download, for the page and the API alike.</summary>
public static class RegulationDownload
{
    /// <param name="on">Only the versions in force that day (<see cref="MunicipalityDetails.Regulation"/> of that day); every version when null.</param>
    /// <returns>The file, or null for a format other than csv and xlsx.</returns>
    public static FileContentResult? Of(MunicipalityDetails municipality, DateOnly? on, string? format, IStringLocalizer localizer)
    {
        var table = RegulationSpreadsheet.Write(on is null ? municipality.History : municipality.Regulation, localizer);
        var name = $"regulation-{municipality.Nis}{(on is { } day ? "-" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}";
        return format?.ToLowerInvariant() switch
        {
            null or "" or "csv" => new FileContentResult(CsvFile.Write(table), CsvFile.ContentType) { FileDownloadName = name + ".csv" },
            "xlsx" => new FileContentResult(XlsxFile.Write(table, RegulationSpreadsheet.SheetName), XlsxFile.ContentType) { FileDownloadName = name + ".xlsx" },
            _ => null,
        };
    }
}
