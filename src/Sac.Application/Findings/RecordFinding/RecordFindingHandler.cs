using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Documents;
using Sac.Application.Offenders;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Devices;
using Sac.Domain.Documents;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;

namespace Sac.Application.Findings.RecordFinding;

internal sealed class RecordFindingHandler(
    ICurrentUser user,
    ICaseRepository cases,
    ICaseDocumentRepository documents,
    IMunicipalityRepository municipalities,
    ICaseNumberSequence numbers,
    IDeviceRepository devices,
    TimeProvider clock) : ICommandHandler<RecordFindingCommand, Result<RecordFindingOutcome>>
{
    public static readonly Error ExternalIdReused = new(
        "EXTERNAL_ID_CONFLICT", "This externalId was already used for a different finding.", ErrorKind.Conflict, "externalId");

    public async ValueTask<Result<RecordFindingOutcome>> Handle(RecordFindingCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Municipality!, ApplicationErrors.UnknownMunicipality("municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return Result<RecordFindingOutcome>.Failure(access.Errors);
        }

        var municipality = access.Value;

        var fingerprint = FindingFingerprint.Of(command);
        if (command.ExternalId is { } externalId && await cases.FindByExternalIdAsync(externalId, cancellationToken) is { } earlier)
        {
            return earlier.IntakeFingerprint == fingerprint ? new RecordFindingOutcome(earlier.Id, Created: false) : ExternalIdReused;
        }

        var factsAt = command.FactsAt!.Value;
        var factsDate = BelgianTime.DateOf(factsAt);
        if (LegalRegimeHistory.On(factsDate) is null)
        {
            return CaseErrors.FactsBeforeGasLaw;
        }

        if (municipality.InfractionOn(command.InfractionCode!, factsDate) is not { } infraction)
        {
            return RegulationErrors.UnknownInfraction(command.InfractionCode!);
        }

        var attested = await AttestDeviceAsync(command.Device, municipality.Nis, infraction.Category, factsDate, cancellationToken);
        if (attested.IsFailure)
        {
            return Result<RecordFindingOutcome>.Failure(attested.Errors);
        }

        var now = clock.GetUtcNow();
        var place = command.Place!;
        var intake = new CaseIntake(
            municipality.Nis,
            infraction,
            factsAt,
            command.FindingAt ?? factsAt,
            new Place(place.Street, place.HouseNumber, place.PostalCode, place.City, place.Latitude, place.Longitude),
            string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(),
            command.Offender!.ToOffender(),
            command.ExternalId,
            fingerprint,
            attested.Value);
        var number = await numbers.NextAsync(municipality.Nis, BelgianTime.DateOf(now).Year, cancellationToken);
        var opened = Case.Open(intake, number, now, user.Name);
        if (opened.IsFailure)
        {
            return Result<RecordFindingOutcome>.Failure(opened.Errors);
        }

        cases.Add(opened.Value);
        foreach (var photo in command.Photos ?? [])
        {
            documents.Add(photo.ToDocument(opened.Value, DocumentKind.EvidencePhoto, now, user.Name));
        }

        if (attested.Value is { } device)
        {
            devices.MarkReceived(device.DeviceId, now);
        }

        return new RecordFindingOutcome(opened.Value.Id, Created: true);
    }

    /// <summary>The device's evidence for a device's finding (null for a finder's), or why the device could not have found it.</summary>
    private async Task<Result<DeviceEvidence?>> AttestDeviceAsync(
        FindingDeviceInput? input, string nis, InfractionCategory category, DateOnly factsDate, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            return Result<DeviceEvidence?>.Success(null);
        }

        if (await devices.FindAsync(nis, input.Id!.Trim(), cancellationToken) is not { } device)
        {
            return DeviceErrors.Unknown;
        }

        var evidence = device.Attest(category, factsDate);
        return evidence.IsFailure ? Result<DeviceEvidence?>.Failure(evidence.Errors) : evidence.Value;
    }
}
