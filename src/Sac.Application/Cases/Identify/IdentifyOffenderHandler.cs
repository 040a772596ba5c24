using Sac.Application.Cases.Procedure;
using Sac.Application.Common.Ports;
using Sac.Application.Registries;
using Sac.Application.Registries.Lookups;
using Sac.Domain.Audit;
using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Cases.Identify;

internal sealed class IdentifyOffenderHandler(CaseStepServices services, RegistryLookups lookups, ICurrentUser user)
    : CaseStepHandler<IdentifyOffenderCommand>(services)
{
    public static readonly Error NoBelgianPlate = new(
        "NO_BELGIAN_PLATE", "This case has no Belgian plate to ask the vehicle registry about.", ErrorKind.BusinessRule, "fromVehicleHolder");

    public static readonly Error HolderUnidentifiable = new(
        "HOLDER_UNIDENTIFIABLE", "The vehicle registry names a holder without a national register or enterprise number.", ErrorKind.BusinessRule, "fromVehicleHolder");

    public static readonly Error OffenderDeceased = new(
        "OFFENDER_DECEASED", "The National Register records this person as deceased: no sanction is possible. Close the case without sanction.",
        ErrorKind.BusinessRule, "nationalRegisterNumber");

    // The vehicle registry (DIV) is Belgian.
    private const string Belgium = "BE";

    protected override async ValueTask<Result> ApplyAsync(CaseContext context, IdentifyOffenderCommand command, StepActor actor, CancellationToken cancellationToken)
    {
        var @case = context.Case;

        // Nothing is looked up for a case that could not take the answer.
        var allowed = @case.CheckCanIdentify();
        if (allowed.IsFailure)
        {
            return allowed;
        }

        var caller = RegistryCaller.Of(user);
        var binding = new RegistryBinding(@case.Id.ToString(), RegistryPurpose.IdentifyOffender);
        return command.FromVehicleHolder
            ? await FromHolderAsync(context, caller, binding, actor, cancellationToken)
            : await ByNumberAsync(context, command.NationalRegisterNumber, caller, binding, actor, cancellationToken);
    }

    private async Task<Result> FromHolderAsync(CaseContext context, RegistryCaller caller, RegistryBinding binding, StepActor actor, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        if (@case.BelgianPlate is not { } stored || LicencePlate.Create(stored, Belgium) is not { IsSuccess: true } plate)
        {
            return NoBelgianPlate;
        }

        var answer = await lookups.VehicleHolderAsync(caller, plate.Value, @case.FactsDate, binding, cancellationToken);
        var holder = answer.ToResult(RegistryErrors.HolderNotFound with { Kind = ErrorKind.BusinessRule, Field = "fromVehicleHolder" });
        if (holder.IsFailure)
        {
            return holder;
        }

        return IdentifiedOffender.FromHolder(holder.Value) is { } offender
            ? @case.Identify(offender, actor.Now, actor.Name, $"{plate.Value.Value} {@case.FactsDate:yyyy-MM-dd}")
            : HolderUnidentifiable;
    }

    private async Task<Result> ByNumberAsync(
        CaseContext context, string? text, RegistryCaller caller, RegistryBinding binding, StepActor actor, CancellationToken cancellationToken)
    {
        var number = NationalRegisterNumber.Create(text);
        if (number.IsFailure)
        {
            var errors = number.Errors.Select(e => e.AtField("nationalRegisterNumber")).ToList();
            return Result.Failure(await lookups.RefuseAsync(caller, RegistryKind.NationalRegister, text, null, binding.Reference, binding.Purpose, errors));
        }

        var answer = await lookups.PersonAsync(caller, number.Value, binding, cancellationToken);
        var person = answer.ToResult(RegistryErrors.PersonNotFound with { Kind = ErrorKind.BusinessRule });
        if (person.IsFailure)
        {
            return person;
        }

        if (person.Value.Deceased)
        {
            return OffenderDeceased;
        }

        return IdentifiedOffender.FromPerson(person.Value) is { } offender
            ? context.Case.Identify(offender, actor.Now, actor.Name)
            : RegistryErrors.PersonNotFound with { Kind = ErrorKind.BusinessRule };
    }
}
