using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Sac.Application.Registries;

namespace Sac.Infrastructure.Registries.Http;

/// <summary>
/// One GET to a registry gateway, turned into a <see cref="RegistryAnswer{T}"/>: 200 with a valid body is Found, 404 from the
/// gateway is NotFound, and everything else (another status, a malformed or incomplete body, a timeout, an unreachable
/// gateway, an open circuit) is Failed with a reason. Only the caller's own cancellation escapes as an exception.
/// Neither the reasons nor the log lines carry the number or plate asked for: the registry-access log records that.
/// </summary>
internal sealed class RegistryGateway(HttpClient http, string registry, ILogger logger)
{
    public async Task<RegistryAnswer<T>> GetAsync<TPayload, T>(
        string relativeUri,
        JsonTypeInfo<TPayload> payloadType,
        Func<TPayload, PayloadReader, T> map,
        CancellationToken cancellationToken)
        where TPayload : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(map);
        try
        {
            using var response = await http.GetAsync(new Uri(relativeUri, UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                // A 404 without the gateway's JSON body comes from something else on the way (a wrong BaseUrl, a proxy):
                // reading it as "nobody by that number" would quietly leave offenders unidentified.
                return IsJson(response)
                    ? RegistryAnswer<T>.NotFound()
                    : Fail<T>($"The {registry} gateway answered 404 without its JSON body; is BaseUrl right?");
            }

            if (!response.IsSuccessStatusCode)
            {
                return Fail<T>($"The {registry} gateway answered HTTP {(int)response.StatusCode}.");
            }

            var payload = await response.Content.ReadFromJsonAsync(payloadType, cancellationToken);
            if (payload is null)
            {
                return Fail<T>($"The {registry} gateway answered 200 with an empty body.");
            }

            var reader = new PayloadReader();
            var value = map(payload, reader);
            return reader.Problems.Count == 0
                ? RegistryAnswer<T>.Found(value)
                : Fail<T>($"The {registry} gateway's answer does not follow the contract: {string.Join("; ", reader.Problems)}.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException)
        {
            return Fail<T>($"The {registry} gateway failed repeatedly; Sac is not asking it for a while (circuit open).");
        }
        catch (TimeoutRejectedException)
        {
            return Fail<T>($"The {registry} gateway did not answer in time.");
        }
        catch (OperationCanceledException)
        {
            return Fail<T>($"The {registry} gateway did not answer in time.");
        }
        catch (ExecutionRejectedException e)
        {
            return Fail<T>($"The {registry} gateway was not asked ({e.GetType().Name}).");
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            return Fail<T>($"The {registry} gateway sent an answer far larger than any lookup; it was not read.");
        }
        catch (HttpRequestException e)
        {
            return Fail<T>($"The {registry} gateway could not be reached ({e.HttpRequestError}).");
        }
        catch (JsonException)
        {
            return Fail<T>($"The {registry} gateway sent a body that is not the JSON of the contract.");
        }
    }

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase));

    private RegistryAnswer<T> Fail<T>(string reason)
        where T : class
    {
        logger.LogWarning("Registry lookup failed: {Reason}", reason);
        return RegistryAnswer<T>.Failed(reason);
    }
}
