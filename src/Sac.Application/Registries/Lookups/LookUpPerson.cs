using Mediator;
using Sac.Domain.Audit;
using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Registries.Lookups;

/// <summary>
/// A person from the National Register (api-v1.md, GET /api/v1/registry/persons/{nationalRegisterNumber}). Without a
/// reference the user may act on, a purpose, or a valid number the lookup is refused, and the refusal is logged too.
/// </summary>
public sealed record LookUpPersonQuery(string? NationalRegisterNumber, string? Reference, string? Purpose) : IQuery<Result<RegisteredPerson>>;

internal sealed class LookUpPersonHandler(RegistryGate gate, RegistryLookups lookups) : IQueryHandler<LookUpPersonQuery, Result<RegisteredPerson>>
{
    private const string Field = "nationalRegisterNumber";

    public async ValueTask<Result<RegisteredPerson>> Handle(LookUpPersonQuery query, CancellationToken cancellationToken)
    {
        var check = await gate.CheckAsync(query.Reference, query.Purpose, cancellationToken);
        var number = NationalRegisterNumber.Create(query.NationalRegisterNumber);
        if (check.Binding is not { } binding || number.IsFailure)
        {
            var subject = number.IsSuccess ? number.Value.Value : query.NationalRegisterNumber;
            var errors = check.Errors.Concat(number.Errors.Select(e => e.AtField(Field))).ToList();
            return Result<RegisteredPerson>.Failure(
                await lookups.RefuseAsync(gate.Caller, RegistryKind.NationalRegister, subject, null, check.Reference, check.Purpose, errors));
        }

        var answer = await lookups.PersonAsync(gate.Caller, number.Value, binding, cancellationToken);
        return answer.ToResult(RegistryErrors.PersonNotFound);
    }
}
