using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sac.Infrastructure.Registries.Demo;
using Sac.Infrastructure.Registries.Http;

namespace Sac.Infrastructure.Registries;

/// <summary>
/// <c>Registries:Provider</c>: <c>Demo</c>, the built-in fictional registries (the default outside Production, so every flow
/// can be tried offline), or <c>Http</c>, the gateways of docs/registry-http-contract.md. Production must say which: a demo
/// registry answering there would identify fictional people.
/// </summary>
public static class RegistriesRegistration
{
    public static IServiceCollection AddRegistries(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        configuration["Registries:Provider"] switch
        {
            "Http" => services.AddHttpRegistries(configuration),
            "Demo" => services.AddDemoRegistries(),
            null or "" when !environment.IsProduction() => services.AddDemoRegistries(),
            var other => throw new InvalidOperationException(
                $"Registries:Provider is '{other}': set it to Http (with the gateways' addresses) or Demo (fictional data, for trials)."),
        };
}
