using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Registries;
using Sac.Infrastructure.Registries.Http;

namespace Sac.Infrastructure.Tests.Registries;

/// <summary>
/// The adapters as the application gets them: <see cref="HttpRegistriesRegistration.AddHttpRegistries"/> over in-memory
/// configuration that points every registry at the fake gateway, with short timeouts so that the fault tests stay fast.
/// </summary>
internal sealed class RegistryTestHost : IAsyncDisposable
{
    private static readonly string[] Registries =
        [HttpRegistriesRegistration.NationalRegister, HttpRegistriesRegistration.VehicleRegistry, HttpRegistriesRegistration.EnterpriseRegister];

    private RegistryTestHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public INationalRegister NationalRegister => Services.GetRequiredService<INationalRegister>();

    public IVehicleRegistry VehicleRegistry => Services.GetRequiredService<IVehicleRegistry>();

    public IEnterpriseRegister EnterpriseRegister => Services.GetRequiredService<IEnterpriseRegister>();

    /// <summary>
    /// Settings for every registry. Attempts get 2 s, far more than a local answer needs even on a busy machine, so that
    /// only the tests that mean to time out do; the breaker needs 100 attempts unless a test lowers it.
    /// </summary>
    public static Dictionary<string, string?> Settings(Uri baseUrl, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var registry in Registries)
        {
            var section = $"{HttpRegistriesRegistration.Section}:{registry}:";
            settings[section + "BaseUrl"] = baseUrl.ToString();
            settings[section + "TimeoutSeconds"] = "2";
            settings[section + "TotalTimeoutSeconds"] = "6";
            settings[section + "Retry:MaxRetries"] = "2";
            settings[section + "Retry:BaseDelaySeconds"] = "0.01";
            settings[section + "CircuitBreaker:FailureRatio"] = "0.5";
            settings[section + "CircuitBreaker:MinimumThroughput"] = "100";
            settings[section + "CircuitBreaker:SamplingDurationSeconds"] = "30";
            settings[section + "CircuitBreaker:BreakDurationSeconds"] = "30";
            foreach (var (key, value) in overrides)
            {
                settings[section + key] = value;
            }
        }

        return settings;
    }

    public static RegistryTestHost Start(Uri baseUrl, params (string Key, string Value)[] overrides) =>
        Start(Settings(baseUrl, overrides));

    public static RegistryTestHost Start(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpRegistries(configuration);
        more?.Invoke(services);
        return new RegistryTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
