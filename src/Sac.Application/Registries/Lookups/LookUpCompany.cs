using Mediator;
using Sac.Domain.Audit;
using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Registries.Lookups;

/// <summary>An enterprise from the Crossroads Bank for Enterprises (KBO / BCE), bound and logged like the other lookups.</summary>
public sealed record LookUpCompanyQuery(string? EnterpriseNumber, string? Reference, string? Purpose) : IQuery<Result<RegisteredCompany>>;

internal sealed class LookUpCompanyHandler(RegistryGate gate, RegistryLookups lookups) : IQueryHandler<LookUpCompanyQuery, Result<RegisteredCompany>>
{
    private const string Field = "enterpriseNumber";

    public async ValueTask<Result<RegisteredCompany>> Handle(LookUpCompanyQuery query, CancellationToken cancellationToken)
    {
        var check = await gate.CheckAsync(query.Reference, query.Purpose, cancellationToken);
        var number = EnterpriseNumber.Create(query.EnterpriseNumber);
        if (check.Binding is not { } binding || number.IsFailure)
        {
            var subject = number.IsSuccess ? number.Value.Value : query.EnterpriseNumber;
            var errors = check.Errors.Concat(number.Errors.Select(e => e.AtField(Field))).ToList();
            return Result<RegisteredCompany>.Failure(
                await lookups.RefuseAsync(gate.Caller, RegistryKind.EnterpriseRegister, subject, null, check.Reference, check.Purpose, errors));
        }

        var answer = await lookups.CompanyAsync(gate.Caller, number.Value, binding, cancellationToken);
        return answer.ToResult(RegistryErrors.CompanyNotFound);
    }
}
