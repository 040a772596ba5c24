using System.Globalization;
using Microsoft.Extensions.Logging;
using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Registries.Http;

/// <summary><c>GET vehicles/{plate}/holder?date=YYYY-MM-DD</c> on the DIV gateway (docs/registry-http-contract.md).</summary>
internal sealed class HttpVehicleRegistry(HttpClient http, ILogger<HttpVehicleRegistry> logger) : IVehicleRegistry
{
    private const string Registry = "vehicle registry (DIV)";

    private readonly RegistryGateway gateway = new(http, Registry, logger);

    public Task<RegistryAnswer<VehicleHolder>> FindHolderAsync(string plate, DateOnly at, CancellationToken cancellationToken)
    {
        var asked = Normalise(plate ?? string.Empty);
        if (asked.Length == 0)
        {
            return Task.FromResult(RegistryAnswer<VehicleHolder>.Failed($"No licence plate; the {Registry} was not asked."));
        }

        var date = at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return gateway.GetAsync(
            $"vehicles/{Uri.EscapeDataString(asked)}/holder?date={date}",
            GatewayJson.Default.VehicleHolderPayload,
            (payload, reader) => Map(payload, asked, at, reader),
            cancellationToken);
    }

    /// <summary>"1-ABC-123", "1 abc 123" and "1ABC123" are one plate: letters and digits only, upper case.</summary>
    private static string Normalise(string plate) => string.Concat(plate.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    private static VehicleHolder Map(VehicleHolderPayload answer, string asked, DateOnly at, PayloadReader reader)
    {
        if (reader.Text(answer.Plate, "plate") is { Length: > 0 } plate && Normalise(plate) != asked)
        {
            reader.Problem("plate is not the plate asked for");
        }

        var from = reader.Value(answer.Period?.From, "period.from");
        var until = answer.Period?.Until;

        // The holder on the date of the facts, not today's: a gateway that ignores the date would name the wrong person.
        if (answer.Period?.From is not null && (at < from || at > until))
        {
            reader.Problem("period does not include the date asked for");
        }

        var holder = answer.Holder;
        if (holder is null)
        {
            reader.Problem("holder is missing");
            return Unreadable(asked);
        }

        var address = reader.Address(holder.Address, "holder.address");
        var language = PayloadReader.Language(holder.Language);
        switch (reader.Text(holder.Type, "holder.type").ToUpperInvariant())
        {
            case "PERSON" when holder.Person is { } person:
                return new VehicleHolder(
                    asked,
                    from,
                    until,
                    NationalRegisterNumber: PayloadReader.OptionalIdentifier(person.NationalNumber),
                    EnterpriseNumber: null,
                    Name: reader.Text(person.Name?.Last, "holder.person.name.last"),
                    FirstNames: PayloadReader.Optional(person.Name?.First),
                    BirthDate: person.BirthDate,
                    language,
                    address);
            case "COMPANY" when holder.Company is { } company:
                return new VehicleHolder(
                    asked,
                    from,
                    until,
                    NationalRegisterNumber: null,
                    EnterpriseNumber: PayloadReader.OptionalIdentifier(company.EnterpriseNumber),
                    Name: reader.Text(company.Name, "holder.company.name"),
                    FirstNames: null,
                    BirthDate: null,
                    language,
                    address);
            case "PERSON":
                reader.Problem("holder.person is missing");
                break;
            case "COMPANY":
                reader.Problem("holder.company is missing");
                break;
            case "":
                break;
            default:
                reader.Problem("holder.type is neither \"person\" nor \"company\"");
                break;
        }

        return Unreadable(asked);
    }

    // Only returned together with a problem in the reader, so the adapter answers Failed and nobody sees it.
    private static VehicleHolder Unreadable(string plate) =>
        new(plate, default, null, null, null, string.Empty, null, null, null, new Address(null, null, null, null, null));
}
