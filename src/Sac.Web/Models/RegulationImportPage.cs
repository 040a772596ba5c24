using Sac.Application.Municipalities.ImportRegulation;

namespace Sac.Web.Models;

/// <summary>The import's page: the problems of a refused file, or the preview of what confirming stores.</summary>
public sealed class RegulationImportPage(string nis, string municipalityName)
{
    public string Nis { get; } = nis;

    public string MunicipalityName { get; } = municipalityName;

    public string? FileName { get; private set; }

    /// <summary>The file in base64, sent back when the administrator confirms.</summary>
    public string? Content { get; private set; }

    public IReadOnlyList<ImportProblem> Problems { get; set; } = [];

    public IReadOnlyList<ImportPlanRow> Plan { get; set; } = [];

    public bool HasChanges => Plan.Any(r => r.Outcome != ImportOutcome.Unchanged);

    public int Count(ImportOutcome outcome) => Plan.Count(r => r.Outcome == outcome);

    public void Keep(UploadedSpreadsheet file)
    {
        FileName = file.FileName;
        Content = Convert.ToBase64String(file.Content);
    }
}

public sealed record ImportPlanRow(string Code, DateOnly ValidFrom, ImportOutcome Outcome);
