using Microsoft.Extensions.Logging;
using Sac.Application.Registries;

namespace Sac.Infrastructure.Registries.Http;

/// <summary><c>GET enterprises/{enterpriseNumber}</c> on the Crossroads Bank for Enterprises gateway (docs/registry-http-contract.md).</summary>
internal sealed class HttpEnterpriseRegister(HttpClient http, ILogger<HttpEnterpriseRegister> logger) : IEnterpriseRegister
{
    private const string Registry = "enterprise register (KBO/BCE)";
    private const int NumberLength = 10;

    private readonly RegistryGateway gateway = new(http, Registry, logger);

    public Task<RegistryAnswer<RegisteredCompany>> FindCompanyAsync(string enterpriseNumber, CancellationToken cancellationToken)
    {
        var number = PayloadReader.Normalise(enterpriseNumber ?? string.Empty);
        if (number.Length != NumberLength)
        {
            return Task.FromResult(RegistryAnswer<RegisteredCompany>.Failed($"Not a {NumberLength}-digit enterprise number; the {Registry} was not asked."));
        }

        return gateway.GetAsync(
            $"enterprises/{number}",
            GatewayJson.Default.EnterprisePayload,
            (payload, reader) => Map(payload, number, reader),
            cancellationToken);
    }

    private static RegisteredCompany Map(EnterprisePayload company, string asked, PayloadReader reader)
    {
        reader.SameIdentifier(company.EnterpriseNumber, asked, "enterpriseNumber");
        return new RegisteredCompany(
            asked,
            reader.Text(company.Name, "name"),
            reader.Address(company.Seat, "seat"),
            Active(company.Status, reader),
            PayloadReader.Language(company.Language));
    }

    // Active or stopped decides what Sac may do next; an unknown status is not guessed either way.
    private static bool Active(string? status, PayloadReader reader)
    {
        switch (reader.Text(status, "status").ToUpperInvariant())
        {
            case "ACTIVE":
                return true;
            case "STOPPED":
                return false;
            case "":
                return false;
            default:
                reader.Problem("status is neither \"active\" nor \"stopped\"");
                return false;
        }
    }
}
