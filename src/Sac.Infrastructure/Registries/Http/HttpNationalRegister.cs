using Microsoft.Extensions.Logging;
using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Registries.Http;

/// <summary><c>GET persons/{nationalNumber}</c> on the National Register gateway (docs/registry-http-contract.md).</summary>
internal sealed class HttpNationalRegister(HttpClient http, ILogger<HttpNationalRegister> logger) : INationalRegister
{
    private const string Registry = "National Register";
    private const int NumberLength = 11;

    private readonly RegistryGateway gateway = new(http, Registry, logger);

    public Task<RegistryAnswer<RegisteredPerson>> FindPersonAsync(string nationalRegisterNumber, CancellationToken cancellationToken)
    {
        var number = PayloadReader.Normalise(nationalRegisterNumber ?? string.Empty);
        if (number.Length != NumberLength)
        {
            return Task.FromResult(RegistryAnswer<RegisteredPerson>.Failed($"Not an {NumberLength}-digit national register number; the {Registry} was not asked."));
        }

        return gateway.GetAsync(
            $"persons/{number}",
            GatewayJson.Default.PersonPayload,
            (payload, reader) => Map(payload, number, reader),
            cancellationToken);
    }

    private static RegisteredPerson Map(PersonPayload person, string asked, PayloadReader reader)
    {
        reader.SameIdentifier(person.NationalNumber, asked, "nationalNumber");
        return new RegisteredPerson(
            asked,
            reader.Text(person.Name?.Last, "name.last"),
            // Some people registered in Belgium have no first name; an empty string is their first names.
            PayloadReader.Optional(person.Name?.First) ?? string.Empty,
            reader.Value(person.BirthDate, "birthDate"),
            Sex(person.Gender),
            PayloadReader.Language(person.Language),
            reader.Address(person.Residence, "residence"),
            // Sac keeps that the person died, not when (data minimisation): it decides how the case goes on, the date does not.
            Deceased: person.Deceased is not null);
    }

    private static Sex Sex(string? gender) =>
        PayloadReader.Optional(gender)?.ToUpperInvariant() switch
        {
            "M" => Domain.Offenders.Sex.Male,
            "F" => Domain.Offenders.Sex.Female,
            _ => Domain.Offenders.Sex.Unknown,
        };
}
