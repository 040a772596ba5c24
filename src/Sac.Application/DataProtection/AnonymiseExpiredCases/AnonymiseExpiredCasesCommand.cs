using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.DataProtection.AnonymiseExpiredCases;

/// <summary>
/// Anonymises one batch of what outlived its retention period (gas-law.md §0b, §8), per municipality setting: closed cases
/// (with their documents' content), register lines, college sanctions and place bans (with their letters). The batch is saved as one transaction; the job sends the command
/// again while <see cref="AnonymisationBatch.MoreRemain"/>. Running it twice changes nothing more.
/// </summary>
public sealed record AnonymiseExpiredCasesCommand(int BatchSize = AnonymiseExpiredCasesCommand.DefaultBatchSize) : ICommand<Result<AnonymisationBatch>>
{
    public const int DefaultBatchSize = 100;

    public const int MaximumBatchSize = 1000;
}

/// <param name="Cases">Cases anonymised in this batch.</param>
/// <param name="Documents">Documents whose content was erased.</param>
/// <param name="RegisterEntries">Register lines anonymised.</param>
/// <param name="Measures">College sanctions and place bans anonymised.</param>
/// <param name="MeasureLetters">Their letters deleted.</param>
/// <param name="MoreRemain">A part of the batch was full: more may have expired.</param>
public sealed record AnonymisationBatch(int Cases, int Documents, int RegisterEntries, int Measures, int MeasureLetters, bool MoreRemain)
{
    /// <summary>Nothing was anonymised: the job can stop.</summary>
    public bool IsEmpty => Cases + RegisterEntries + Measures == 0;
}
