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

/// <summary>
/// A college sanction recorded in the municipality's register, before its warning; answers its id. The GAS case it arose
/// from, if any, is named by its number or by its id (both must then name the same case).
/// </summary>
public sealed record RecordCollegeSanctionCommand(
    string? Municipality, AddresseeInput? Holder, string? Subject, IReadOnlyList<string>? InfractionCodes, Guid? CaseId, string? CaseNumber = null)
    : ICommand<Result<Guid>>;

internal sealed class RecordCollegeSanctionValidator : AbstractValidator<RecordCollegeSanctionCommand>
{
    public RecordCollegeSanctionValidator()
    {
        RuleFor(c => c.Municipality).NotEmpty();
        RuleFor(c => c.Holder).NotNull().SetValidator(new AddresseeInputValidator()!);
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(500).WithoutControlCharacters();
        RuleFor(c => c.InfractionCodes).NotEmpty();
        RuleFor(c => c.CaseNumber).MaximumLength(50).WithoutControlCharacters();
    }
}

internal sealed class RecordCollegeSanctionHandler(
    IMunicipalityRepository municipalities, ICollegeSanctionRepository sanctions, ICaseRepository cases, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordCollegeSanctionCommand, Result<Guid>>
{
    private static readonly Error CaseNumberMismatch =
        new("CASE_NUMBER_MISMATCH", "The case number and the case id name two different cases.", Field: "caseNumber");

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

        var linked = await LinkedCaseAsync(command, municipality.Nis, cancellationToken);
        if (linked.IsFailure)
        {
            return Result<Guid>.Failure(linked.Errors);
        }

        var recorded = CollegeSanction.Record(municipality.Nis, holder.Value, command.Subject, infractions, linked.Value, now, user.Name);
        if (recorded.IsFailure)
        {
            return Result<Guid>.Failure(recorded.Errors);
        }

        sanctions.Add(recorded.Value);
        return recorded.Value.Id;
    }

    /// <summary>The id of the case the sanction arose from, in the same municipality; null when none is named.</summary>
    private async Task<Result<Guid?>> LinkedCaseAsync(RecordCollegeSanctionCommand command, string municipalityNis, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(command.CaseNumber))
        {
            var found = await cases.FindByNumberAsync(command.CaseNumber.Trim(), cancellationToken);
            return found is null || found.MunicipalityNis != municipalityNis ? ApplicationErrors.CaseNumberNotFound
                : command.CaseId is { } id && id != found.Id ? CaseNumberMismatch
                : (Guid?)found.Id;
        }

        if (command.CaseId is { } caseId && (await cases.GetAsync(caseId, cancellationToken))?.MunicipalityNis != municipalityNis)
        {
            return ApplicationErrors.NotFound("The case").AtField("caseId") with { Kind = ErrorKind.Validation };
        }

        return command.CaseId;
    }
}
