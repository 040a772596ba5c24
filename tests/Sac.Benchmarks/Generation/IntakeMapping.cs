using System.Security.Cryptography;
using System.Text.Json;
using Sac.Application.Findings.RecordFinding;
using Sac.Application.Offenders;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Benchmarks.Generation;

/// <summary>
/// What <c>RecordFindingHandler</c> makes of a finding, for findings generated in bulk: the same intake, offender and
/// fingerprint. The run checks it: one generated finding sent again to the API must answer 200 with the same case.
/// </summary>
internal static class IntakeMapping
{
    public static CaseIntake ToIntake(RecordFindingCommand command, Infraction infraction)
    {
        var place = command.Place!;
        return new CaseIntake(
            command.Municipality!,
            infraction,
            command.FactsAt!.Value,
            command.FindingAt ?? command.FactsAt!.Value,
            new Place(place.Street, place.HouseNumber, place.PostalCode, place.City, place.Latitude, place.Longitude),
            string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(),
            ToOffender(command.Offender!),
            command.ExternalId,
            Fingerprint(command));
    }

    /// <summary>As <c>OffenderFactory</c>, for the offenders generated findings name: a person by number, a company, or a plate.</summary>
    public static Offender ToOffender(OffenderInput input)
    {
        var address = input.Address is { } a ? new Address(a.Street, a.HouseNumber, a.PostalCode, a.City, a.Country?.ToUpperInvariant()) : null;
        return Enum.Parse<OffenderType>(input.Type!) switch
        {
            OffenderType.Person => Offender.Person(
                NationalRegisterNumber.Create(input.NationalRegisterNumber).Value, input.LastName, input.FirstName, input.BirthDate, input.Language, address),
            OffenderType.Company => Offender.Company(EnterpriseNumber.Create(input.EnterpriseNumber).Value, input.CompanyName, input.Language, address),
            _ => Offender.Vehicle(LicencePlate.Create(input.Plate, input.Country).Value),
        };
    }

    /// <summary>As <c>FindingFingerprint</c>: SHA-256 of the command with its instants in UTC.</summary>
    private static string Fingerprint(RecordFindingCommand command)
    {
        var canonical = command with
        {
            FactsAt = command.FactsAt?.ToUniversalTime(),
            FindingAt = (command.FindingAt ?? command.FactsAt)?.ToUniversalTime(),
        };
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical)));
    }
}
