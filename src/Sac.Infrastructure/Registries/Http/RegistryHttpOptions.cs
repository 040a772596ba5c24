namespace Sac.Infrastructure.Registries.Http;

/// <summary>
/// How Sac reaches one registry gateway: <c>Registries:Http:&lt;Registry&gt;</c> (NationalRegister, VehicleRegistry,
/// EnterpriseRegister). Validated at start-up by <see cref="RegistryHttpOptionsValidator"/>; see docs/registry-http-contract.md.
/// </summary>
internal sealed class RegistryHttpOptions
{
    /// <summary>The gateway's base address, e.g. <c>https://registries.gateway.example/v1/</c>; https except on loopback.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>A PKCS#12 (.pfx/.p12) file with the certificate and private key Sac presents to the gateway (mTLS); optional.</summary>
    public string? ClientCertificatePath { get; set; }

    public string? ClientCertificatePassword { get; set; }

    /// <summary>
    /// One attempt. A healthy gateway answers a single lookup well under a second; 4 s allows for a slow day without keeping
    /// a finder waiting long, and three attempts with their back-off still fit inside <see cref="TotalTimeoutSeconds"/>.
    /// </summary>
    public double TimeoutSeconds { get; set; } = 4;

    /// <summary>
    /// The whole lookup, retries and back-off included. 15 s is about as long as someone at a screen waits before they give up;
    /// after that the finding is saved unidentified and the background job identifies it later.
    /// </summary>
    public double TotalTimeoutSeconds { get; set; } = 15;

    public RegistryRetryOptions Retry { get; set; } = new();

    public RegistryCircuitBreakerOptions CircuitBreaker { get; set; } = new();
}

/// <summary><c>Registries:Http:&lt;Registry&gt;:Retry</c>: retries of transient failures (5xx, 408, 429, timeouts, connection errors).</summary>
internal sealed class RegistryRetryOptions
{
    /// <summary>
    /// Retries after the first attempt. Two ride out a gateway restart or a dropped connection; more would only pile load on
    /// a registry that is really down, which is the circuit breaker's business. At least 1 (Polly's minimum), at most 5.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// The first back-off; it doubles on each retry, with jitter so that many clients do not retry in step.
    /// Half a second lets a restarting gateway come back and keeps the second retry (about 1 s later) inside the total timeout.
    /// </summary>
    public double BaseDelaySeconds { get; set; } = 0.5;
}

/// <summary><c>Registries:Http:&lt;Registry&gt;:CircuitBreaker</c>: stop asking a registry that keeps failing, and fail fast meanwhile.</summary>
internal sealed class RegistryCircuitBreakerOptions
{
    /// <summary>Opens when at least half of the attempts in the window failed: an outage, not a stray error.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>
    /// A municipality makes a few lookups an hour, so the library default (100 attempts) would never trip. Six attempts is two
    /// lookups that failed with both their retries.
    /// </summary>
    public int MinimumThroughput { get; set; } = 6;

    /// <summary>The window over which the ratio is measured: long enough to hold a handful of interactive lookups.</summary>
    public double SamplingDurationSeconds { get; set; } = 60;

    /// <summary>
    /// How long the circuit stays open before one trial request. Gateway outages last minutes rather than seconds; 30 s spares
    /// the registry while it recovers, and every lookup in the meantime fails at once instead of after the total timeout.
    /// </summary>
    public double BreakDurationSeconds { get; set; } = 30;
}
