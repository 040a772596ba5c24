using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Payments.BankStatements;

/// <summary>The unmatched queue: the municipality's credit lines no case took, with the reason, oldest first.</summary>
public sealed record ListUnmatchedEntriesQuery(string MunicipalityNis) : IQuery<Result<IReadOnlyList<StatementEntryLine>>>;

internal sealed class ListUnmatchedEntriesHandler(IMunicipalityRepository municipalities, IBankStatementRepository statements, ICurrentUser user)
    : IQueryHandler<ListUnmatchedEntriesQuery, Result<IReadOnlyList<StatementEntryLine>>>
{
    public async ValueTask<Result<IReadOnlyList<StatementEntryLine>>> Handle(ListUnmatchedEntriesQuery query, CancellationToken cancellationToken)
    {
        var municipality = await municipalities.GetToActOnAsync(user, query.MunicipalityNis, BankStatementErrors.UnknownMunicipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return Result<IReadOnlyList<StatementEntryLine>>.Failure(municipality.Errors);
        }

        var unmatched = await statements.ListUnmatchedAsync(municipality.Value.Nis, cancellationToken);
        return Result<IReadOnlyList<StatementEntryLine>>.Success([.. unmatched.Select(StatementEntryLine.From)]);
    }
}
