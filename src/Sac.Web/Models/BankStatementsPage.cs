using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Payments.BankStatements;

namespace Sac.Web.Models;

/// <summary>
/// A municipality's bank statements page: the upload of a statement file, what the last import did, and the unmatched
/// queue with a form per line (assign to a case, or set aside).
/// </summary>
public sealed record BankStatementsPage(
    string Nis,
    string MunicipalityName,
    IReadOnlyList<SelectListItem> Municipalities,
    IReadOnlyList<StatementEntryLine> Unmatched,
    BankStatementImport? Imported = null,
    Guid? PostedEntry = null);

/// <summary>A statement file uploaded from the browser.</summary>
public sealed class BankStatementUploadForm
{
    public IFormFile? File { get; set; }

    /// <returns>The file's bytes; empty when no file came.</returns>
    public async Task<byte[]> ReadAsync(CancellationToken cancellationToken)
    {
        if (File is not { Length: > 0 } file)
        {
            return [];
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        return content.ToArray();
    }
}

/// <summary>The official's answer to one unmatched line: a case number, or a note to set it aside.</summary>
public sealed class UnmatchedEntryForm
{
    public string? CaseNumber { get; set; }

    public string? Note { get; set; }

    public int? Version { get; set; }
}
