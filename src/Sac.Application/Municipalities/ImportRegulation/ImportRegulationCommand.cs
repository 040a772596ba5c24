using Mediator;
using Sac.Application.Municipalities.DefineInfraction;
using Sac.Domain.Common;

namespace Sac.Application.Municipalities.ImportRegulation;

/// <summary>
/// Stores the versions of a spreadsheet of the regulation, all or nothing: a version the regulation already holds is
/// recognised and left alone, a new one is defined as by hand (<see cref="DefineInfractionCommand"/>). With
/// <paramref name="Preview"/> nothing is stored: the answer says what storing would do.
/// </summary>
/// <param name="Versions">One per row; the errors name the row by its index here (<c>versions[3].minimumAmount</c>).</param>
public sealed record ImportRegulationCommand(string Nis, IReadOnlyList<ImportedVersion> Versions, bool Preview) : ICommand<Result<RegulationImport>>;

/// <summary>A row: the version, and the last day the file gives it (empty: whatever the next version makes it).</summary>
public sealed record ImportedVersion(DefineInfractionCommand Definition, DateOnly? ValidTo);

/// <summary>What the import does (or would do) with each row, in the order of the rows.</summary>
public sealed record RegulationImport(IReadOnlyList<ImportOutcome> Rows)
{
    public int Count(ImportOutcome outcome) => Rows.Count(r => r == outcome);
}

public enum ImportOutcome
{
    /// <summary>A version the regulation did not have.</summary>
    Added,

    /// <summary>A correction of the latest version, which starts the same day.</summary>
    Changed,

    /// <summary>The regulation already holds this very version.</summary>
    Unchanged,
}
