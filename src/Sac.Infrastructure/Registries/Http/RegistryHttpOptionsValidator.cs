using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Sac.Infrastructure.Registries.Http;

/// <summary>
/// Checks a registry's settings at start-up, naming the configuration key at fault. Mirrors the limits of the standard
/// resilience pipeline, so a bad value is reported here in Sac's terms rather than later in Polly's.
/// </summary>
internal sealed class RegistryHttpOptionsValidator : IValidateOptions<RegistryHttpOptions>
{
    public ValidateOptionsResult Validate(string? name, RegistryHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = $"{HttpRegistriesRegistration.Section}:{name}";
        var failures = new List<string>();

        CheckBaseUrl(key, options.BaseUrl, failures);
        CheckCertificate(key, options, failures);

        if (options.TimeoutSeconds is < 0.01 or > 300)
        {
            failures.Add($"{key}:TimeoutSeconds must be between 0.01 and 300 (seconds per attempt).");
        }

        if (options.TotalTimeoutSeconds <= options.TimeoutSeconds || options.TotalTimeoutSeconds > 600)
        {
            failures.Add($"{key}:TotalTimeoutSeconds must be greater than TimeoutSeconds and at most 600.");
        }

        if (options.Retry.MaxRetries is < 1 or > 5)
        {
            failures.Add($"{key}:Retry:MaxRetries must be between 1 and 5.");
        }

        if (options.Retry.BaseDelaySeconds is < 0 or > 30)
        {
            failures.Add($"{key}:Retry:BaseDelaySeconds must be between 0 and 30.");
        }

        var breaker = options.CircuitBreaker;
        if (breaker.FailureRatio is <= 0 or > 1)
        {
            failures.Add($"{key}:CircuitBreaker:FailureRatio must be greater than 0 and at most 1.");
        }

        if (breaker.MinimumThroughput < 2)
        {
            failures.Add($"{key}:CircuitBreaker:MinimumThroughput must be at least 2.");
        }

        if (breaker.SamplingDurationSeconds < 0.5 || breaker.SamplingDurationSeconds < 2 * options.TimeoutSeconds)
        {
            failures.Add($"{key}:CircuitBreaker:SamplingDurationSeconds must be at least 0.5 and at least twice TimeoutSeconds.");
        }

        if (breaker.BreakDurationSeconds < 0.5)
        {
            failures.Add($"{key}:CircuitBreaker:BreakDurationSeconds must be at least 0.5.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBaseUrl(string key, string? baseUrl, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            failures.Add($"{key}:BaseUrl is required.");
            return;
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key}:BaseUrl must be an absolute http(s) address.");
            return;
        }

        // Registry answers are personal data: plain http only to a gateway on this machine (a local stub, the tests).
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            failures.Add($"{key}:BaseUrl must use https (http is accepted only on loopback).");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            failures.Add($"{key}:BaseUrl must not have a query or a fragment.");
        }
    }

    private static void CheckCertificate(string key, RegistryHttpOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ClientCertificatePath))
        {
            if (!string.IsNullOrEmpty(options.ClientCertificatePassword))
            {
                failures.Add($"{key}:ClientCertificatePassword is set but ClientCertificatePath is not.");
            }

            return;
        }

        if (!File.Exists(options.ClientCertificatePath))
        {
            failures.Add($"{key}:ClientCertificatePath: no file at '{options.ClientCertificatePath}'.");
            return;
        }

        try
        {
            using var certificate = ClientCertificates.Load(options.ClientCertificatePath, options.ClientCertificatePassword);
            if (!certificate.HasPrivateKey)
            {
                failures.Add($"{key}:ClientCertificatePath: the certificate has no private key, so it cannot authenticate Sac.");
            }
        }
        catch (CryptographicException e)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{key}:ClientCertificatePath: not a PKCS#12 file that opens with ClientCertificatePassword ({e.Message})."));
        }
    }
}
