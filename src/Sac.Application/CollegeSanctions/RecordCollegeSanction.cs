using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Measures;
using Sac.Domain.Calendar;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.CollegeSanctions;

/// <summary>A college sanction recorded in the municipality's register, before its warning; answers its id.</summary>
public sealed record RecordCollegeSanctionCommand(
    string? Municipality, AddresseeInput? Holder, string? Subject, IReadOnlyList<string>? InfractionCodes, Guid? CaseId) : ICommand<Result<Guid>>;

internal sealed class RecordCollegeSanctionValidator : AbstractValidator<RecordCollegeSanctionCommand>
{
    public RecordCollegeSanctionValidator()
    {
        RuleFor(c => c.Municipality).NotEmpty();
        RuleFor(c => c.Holder).NotNull().SetValidator(new AddresseeInputValidator()!);
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(500).WithoutControlCharacters();
        RuleFor(c => c.InfractionCodes).NotEmpty();
    }
}

internal sealed class RecordCollegeSanctionHandler(
    IMunicipalityRepository municipalities, ICollegeSanctionRepository sanctions, ICaseRepository cases, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordCollegeSanctionCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RecordCollegeSanctionCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Municipality!, ApplicationErrors.UnknownMunicipality("municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return Result<Guid>.Failure(access.Errors);
        }

        var municipality = access.Value;
        var holder = command.Holder!.ToAddressee("holder");
        if (holder.IsFailure)
        {
            return Result<Guid>.Failure(holder.Errors);
        }

        var now = clock.GetUtcNow();
        var infractions = new List<Infraction>();
        foreach (var code in command.InfractionCodes!.Select(c => c.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (municipality.InfractionOn(code, BelgianTime.DateOf(now)) is not { } infraction)
            {
                return RegulationErrors.UnknownInfraction(code).AtField("infractionCodes");
            }

            infractions.Add(infraction);
        }

        if (command.CaseId is { } caseId && (await cases.GetAsync(caseId, cancellationToken))?.MunicipalityNis != municipality.Nis)
        {
            return ApplicationErrors.NotFound("The case").AtField("caseId") with { Kind = ErrorKind.Validation };
        }

        var recorded = CollegeSanction.Record(municipality.Nis, holder.Value, command.Subject, infractions, command.CaseId, now, user.Name);
        if (recorded.IsFailure)
        {
            return Result<Guid>.Failure(recorded.Errors);
        }

        sanctions.Add(recorded.Value);
        return recorded.Value.Id;
    }
}
