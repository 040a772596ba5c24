using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sac.Application.Registries;
using Sac.Infrastructure.Registries.Http;

namespace Sac.Infrastructure.Tests.Registries;

public sealed class HttpRegistriesRegistrationTests : IDisposable
{
    private static readonly Uri Gateway = new("https://registries.gateway.example/v1");
    private readonly string folder = Directory.CreateTempSubdirectory("sac-registry-certs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Every_port_is_an_http_adapter()
    {
        await using var host = RegistryTestHost.Start(Gateway);

        Assert.IsType<HttpNationalRegister>(host.NationalRegister);
        Assert.IsType<HttpVehicleRegistry>(host.VehicleRegistry);
        Assert.IsType<HttpEnterpriseRegister>(host.EnterpriseRegister);
        host.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void The_defaults_are_valid_and_documented_values()
    {
        var defaults = new RegistryHttpOptions { BaseUrl = Gateway.ToString() };

        Assert.True(new RegistryHttpOptionsValidator().Validate(HttpRegistriesRegistration.NationalRegister, defaults).Succeeded);
        Assert.Equal(
            (4, 15, 2, 0.5, 0.5, 6, 60, 30),
            (defaults.TimeoutSeconds, defaults.TotalTimeoutSeconds, defaults.Retry.MaxRetries, defaults.Retry.BaseDelaySeconds,
                defaults.CircuitBreaker.FailureRatio, defaults.CircuitBreaker.MinimumThroughput,
                defaults.CircuitBreaker.SamplingDurationSeconds, defaults.CircuitBreaker.BreakDurationSeconds));
    }

    [Theory]
    [InlineData("BaseUrl", "", "Registries:Http:VehicleRegistry:BaseUrl is required.")]
    [InlineData("BaseUrl", "registries.gateway.example", "Registries:Http:VehicleRegistry:BaseUrl must be an absolute http(s) address.")]
    [InlineData("BaseUrl", "http://registries.gateway.example/v1", "Registries:Http:VehicleRegistry:BaseUrl must use https (http is accepted only on loopback).")]
    [InlineData("BaseUrl", "https://registries.gateway.example/v1?key=1", "Registries:Http:VehicleRegistry:BaseUrl must not have a query or a fragment.")]
    [InlineData("TimeoutSeconds", "0", "Registries:Http:VehicleRegistry:TimeoutSeconds must be between 0.01 and 300 (seconds per attempt).")]
    [InlineData("TotalTimeoutSeconds", "1", "Registries:Http:VehicleRegistry:TotalTimeoutSeconds must be greater than TimeoutSeconds and at most 600.")]
    [InlineData("Retry:MaxRetries", "0", "Registries:Http:VehicleRegistry:Retry:MaxRetries must be between 1 and 5.")]
    [InlineData("Retry:BaseDelaySeconds", "-1", "Registries:Http:VehicleRegistry:Retry:BaseDelaySeconds must be between 0 and 30.")]
    [InlineData("CircuitBreaker:FailureRatio", "1.5", "Registries:Http:VehicleRegistry:CircuitBreaker:FailureRatio must be greater than 0 and at most 1.")]
    [InlineData("CircuitBreaker:MinimumThroughput", "1", "Registries:Http:VehicleRegistry:CircuitBreaker:MinimumThroughput must be at least 2.")]
    [InlineData("CircuitBreaker:SamplingDurationSeconds", "3", "Registries:Http:VehicleRegistry:CircuitBreaker:SamplingDurationSeconds must be at least 0.5 and at least twice TimeoutSeconds.")]
    [InlineData("CircuitBreaker:BreakDurationSeconds", "0.1", "Registries:Http:VehicleRegistry:CircuitBreaker:BreakDurationSeconds must be at least 0.5.")]
    [InlineData("ClientCertificatePassword", "secret", "Registries:Http:VehicleRegistry:ClientCertificatePassword is set but ClientCertificatePath is not.")]
    [InlineData("ClientCertificatePath", "/nowhere/sac.p12", "Registries:Http:VehicleRegistry:ClientCertificatePath: no file at '/nowhere/sac.p12'.")]
    public async Task A_bad_setting_stops_the_start_and_names_its_key(string key, string value, string message)
    {
        var settings = RegistryTestHost.Settings(Gateway);
        settings[$"Registries:Http:VehicleRegistry:{key}"] = value;
        await using var host = RegistryTestHost.Start(settings);

        var failures = StartupFailures(host);

        Assert.Contains(message, failures);
        Assert.Throws<OptionsValidationException>(() => host.VehicleRegistry);
    }

    [Fact]
    public async Task A_certificate_that_does_not_open_with_the_password_stops_the_start()
    {
        using var certificate = SelfSigned("CN=Sac test client");
        var path = WritePkcs12(certificate, "right");
        var settings = RegistryTestHost.Settings(Gateway, ("ClientCertificatePath", path), ("ClientCertificatePassword", "wrong"));
        await using var host = RegistryTestHost.Start(settings);

        var failures = StartupFailures(host);

        Assert.Contains(failures, f => f.StartsWith("Registries:Http:NationalRegister:ClientCertificatePath: not a PKCS#12 file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_without_its_private_key_stops_the_start()
    {
        using var certificate = SelfSigned("CN=Sac test client");
        var path = Path.Combine(folder, "public-only.p12");
        using (var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData))
        {
            await File.WriteAllBytesAsync(path, publicOnly.Export(X509ContentType.Pkcs12, "pw"));
        }

        var settings = RegistryTestHost.Settings(Gateway, ("ClientCertificatePath", path), ("ClientCertificatePassword", "pw"));
        await using var host = RegistryTestHost.Start(settings);

        var failures = StartupFailures(host);

        Assert.Contains("Registries:Http:NationalRegister:ClientCertificatePath: the certificate has no private key, so it cannot authenticate Sac.", failures);
    }

    [Fact]
    public async Task The_client_certificate_is_presented_to_the_gateway_over_mutual_tls()
    {
        using var server = SelfSigned("CN=127.0.0.1");
        using var client = SelfSigned("CN=Sac municipality of Testdorp");
        var path = WritePkcs12(client, "p12-password");
        await using var gateway = await FakeGateway.StartAsync(server);
        gateway.Answer = Reply.NotFound();

        var settings = RegistryTestHost.Settings(gateway.BaseUrl, ("ClientCertificatePath", path), ("ClientCertificatePassword", "p12-password"));
        await using var host = RegistryTestHost.Start(settings, services =>
            // Sac trusts the gateway through the machine's CA store; here the test pins the fake's self-signed certificate.
            services.AddHttpClient(HttpRegistriesRegistration.NationalRegister).ConfigurePrimaryHttpMessageHandler((handler, _) =>
                ((SocketsHttpHandler)handler).SslOptions.RemoteCertificateValidationCallback =
                    (_, certificate, _, _) => certificate?.GetCertHashString() == server.Thumbprint));
        host.Services.GetRequiredService<IStartupValidator>().Validate();

        var answer = await host.NationalRegister.FindPersonAsync("85073003328", CancellationToken.None);

        Assert.Equal(RegistryOutcome.NotFound, answer.Outcome);
        Assert.Equal(client.Thumbprint, Assert.Single(gateway.ClientCertificateThumbprints));
    }

    [Fact]
    public async Task Without_a_trusted_gateway_certificate_the_lookup_fails()
    {
        using var server = SelfSigned("CN=127.0.0.1");
        await using var gateway = await FakeGateway.StartAsync(server);
        gateway.Answer = Reply.NotFound();
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);

        var answer = await host.NationalRegister.FindPersonAsync("85073003328", CancellationToken.None);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal("The National Register gateway could not be reached (SecureConnectionError).", answer.Failure);
        Assert.Equal(0, gateway.Hits);
    }

    /// <summary>What the host's start-up validation (ValidateOnStart) reports, every registry and pipeline together.</summary>
    private static List<string> StartupFailures(RegistryTestHost host)
    {
        var error = Assert.Throws<AggregateException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        return [.. error.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Distinct()];
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so that the private key is usable by TLS on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12, "x"), "x");
    }

    private string WritePkcs12(X509Certificate2 certificate, string password)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".p12");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }
}
