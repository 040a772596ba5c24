using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Sac.Application.Registries;

namespace Sac.Infrastructure.Registries.Http;

public static class HttpRegistriesRegistration
{
    /// <summary>The configuration section; each registry has its own subsection.</summary>
    public const string Section = "Registries:Http";

    public const string NationalRegister = "NationalRegister";
    public const string VehicleRegistry = "VehicleRegistry";
    public const string EnterpriseRegister = "EnterpriseRegister";

    // A person, a holder or a company is a few hundred bytes; anything near this is not an answer to a lookup.
    private const int MaxAnswerBytes = 256 * 1024;

    // Past the total timeout, so that HttpClient's own clock never pre-empts the pipeline's clearer answer.
    private const double BackstopSeconds = 5;

    /// <summary>
    /// The three registry ports over HTTP to a JSON gateway (docs/registry-http-contract.md), each a typed client configured
    /// from <c>Registries:Http:{NationalRegister|VehicleRegistry|EnterpriseRegister}</c>, with an optional client certificate
    /// and the standard resilience pipeline (total timeout, retries with back-off and jitter, circuit breaker, attempt timeout).
    /// The settings are validated at start-up.
    /// </summary>
    public static IServiceCollection AddHttpRegistries(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegistryHttpOptions>, RegistryHttpOptionsValidator>());
        services.TryAddSingleton<ClientCertificates>();

        AddRegistry<INationalRegister, HttpNationalRegister>(services, configuration, NationalRegister);
        AddRegistry<IVehicleRegistry, HttpVehicleRegistry>(services, configuration, VehicleRegistry);
        AddRegistry<IEnterpriseRegister, HttpEnterpriseRegister>(services, configuration, EnterpriseRegister);
        return services;
    }

    private static void AddRegistry<TPort, TAdapter>(IServiceCollection services, IConfiguration configuration, string registry)
        where TPort : class
        where TAdapter : class, TPort
    {
        services.AddOptions<RegistryHttpOptions>(registry)
            .Bind(configuration.GetSection($"{Section}:{registry}"))
            .ValidateOnStart();

        services.AddHttpClient<TPort, TAdapter>(registry)
            .ConfigureHttpClient((provider, http) =>
            {
                var options = Options(provider, registry);
                // A relative "persons/…" only lands under the base path when the base ends in a slash.
                http.BaseAddress = new Uri(options.BaseUrl!.TrimEnd('/') + "/");
                // The resilience pipeline's total timeout bounds each lookup; this clock is only a backstop behind it.
                http.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds + BackstopSeconds);
                http.MaxResponseContentBufferSize = MaxAnswerBytes;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Sac", "1.0"));
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var handler = new SocketsHttpHandler
                {
                    // A gateway does not redirect a lookup; following one could send the number somewhere else.
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    AutomaticDecompression = DecompressionMethods.All,
                };
                if (provider.GetRequiredService<ClientCertificates>().For(registry) is { } certificate)
                {
                    handler.SslOptions.ClientCertificates = [certificate];
                }

                return handler;
            })
            // The factory's default request logging writes the full URL, and the URL holds the number or the plate.
            // Sac's own registry-access log is the record of who looked up whom.
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => Apply(Options(provider, registry), resilience));
    }

    private static RegistryHttpOptions Options(IServiceProvider provider, string registry) =>
        provider.GetRequiredService<IOptionsMonitor<RegistryHttpOptions>>().Get(registry);

    /// <summary>
    /// The standard pipeline: total timeout, then retry, then circuit breaker, then attempt timeout. Its default predicates
    /// treat 5xx, 408, 429, connection errors and attempt timeouts as transient; 404, 400 and the other 4xx are final.
    /// </summary>
    private static void Apply(RegistryHttpOptions options, HttpStandardResilienceOptions resilience)
    {
        resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);

        resilience.Retry.MaxRetryAttempts = options.Retry.MaxRetries;
        resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.Delay = TimeSpan.FromSeconds(options.Retry.BaseDelaySeconds);

        resilience.CircuitBreaker.FailureRatio = options.CircuitBreaker.FailureRatio;
        resilience.CircuitBreaker.MinimumThroughput = options.CircuitBreaker.MinimumThroughput;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(options.CircuitBreaker.SamplingDurationSeconds);
        resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(options.CircuitBreaker.BreakDurationSeconds);
    }
}
