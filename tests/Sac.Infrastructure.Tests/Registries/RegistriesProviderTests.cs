using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Sac.Application.Registries;
using Sac.Infrastructure.Registries;
using Sac.Infrastructure.Registries.Demo;
using Sac.Infrastructure.Registries.Http;

namespace Sac.Infrastructure.Tests.Registries;

/// <summary>Registries:Provider chooses the registries; Production must choose explicitly.</summary>
public sealed class RegistriesProviderTests
{
    [Theory]
    [InlineData(null, "Development")]
    [InlineData("Demo", "Development")]
    [InlineData("Demo", "Production")]
    public void Demo_is_the_default_outside_Production_and_a_choice_in_it(string? provider, string environment)
    {
        using var services = Build(provider, environment, []);

        Assert.IsType<DemoNationalRegister>(services.GetRequiredService<INationalRegister>());
        Assert.IsType<DemoVehicleRegistry>(services.GetRequiredService<IVehicleRegistry>());
    }

    [Fact]
    public void Http_uses_the_gateways()
    {
        using var services = Build("Http", "Production", RegistryTestHost.Settings(new Uri("https://gateway.example.test/")));

        Assert.IsType<HttpNationalRegister>(services.GetRequiredService<INationalRegister>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Soap")]
    public void Production_without_a_known_provider_does_not_start(string? provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(provider, "Production", []).Dispose());

        Assert.Contains("Registries:Provider", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string? provider, string environment, Dictionary<string, string?> settings)
    {
        settings["Registries:Provider"] = provider;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var hosting = new HostingEnvironment { EnvironmentName = environment };
        return new ServiceCollection().AddLogging().AddRegistries(configuration, hosting).BuildServiceProvider();
    }
}
