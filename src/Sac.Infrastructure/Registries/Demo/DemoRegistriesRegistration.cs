using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Registries;

namespace Sac.Infrastructure.Registries.Demo;

public static class DemoRegistriesRegistration
{
    /// <summary>The built-in demo registries (National Register, vehicle registry, enterprise register) behind the Application's ports.</summary>
    public static IServiceCollection AddDemoRegistries(this IServiceCollection services)
    {
        services.AddSingleton<INationalRegister, DemoNationalRegister>();
        services.AddSingleton<IVehicleRegistry, DemoVehicleRegistry>();
        services.AddSingleton<IEnterpriseRegister, DemoEnterpriseRegister>();
        return services;
    }
}
