using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Sac.Infrastructure.Registries.Http;

/// <summary>
/// The client certificate of each registry, read once from its PKCS#12 file: the primary handler is rebuilt every few minutes
/// by the HTTP client factory, the certificate is not. A renewed file is picked up at the next start.
/// </summary>
internal sealed class ClientCertificates(IOptionsMonitor<RegistryHttpOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<X509Certificate2?>> certificates = new(StringComparer.Ordinal);

    /// <summary>The certificate configured for <paramref name="registry"/>, or null when it has none.</summary>
    public X509Certificate2? For(string registry) =>
        certificates.GetOrAdd(registry, name => new Lazy<X509Certificate2?>(() => LoadConfigured(options.Get(name)))).Value;

    public static X509Certificate2 Load(string path, string? password) => X509CertificateLoader.LoadPkcs12FromFile(path, password);

    public void Dispose()
    {
        foreach (var certificate in certificates.Values.Where(c => c.IsValueCreated))
        {
            certificate.Value?.Dispose();
        }
    }

    private static X509Certificate2? LoadConfigured(RegistryHttpOptions registry) =>
        string.IsNullOrWhiteSpace(registry.ClientCertificatePath) ? null : Load(registry.ClientCertificatePath, registry.ClientCertificatePassword);
}
