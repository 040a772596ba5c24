using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Cases.Procedure;
using Sac.Application.Cases.Steps;
using Sac.Application.Devices;
using Sac.Application.Letters;
using Sac.Application.Measures;
using Sac.Application.Registries;

namespace Sac.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<CaseContextLoader>();
        services.AddScoped<CaseLetters>();
        services.AddScoped<CaseStepServices>();
        services.AddScoped<Payments.BankStatements.UnmatchedEntryLoader>();
        services.AddScoped<DeviceAccess>();
        services.AddScoped<MeasureLetters>();
        services.AddScoped<PostedLetterSteps>();
        services.AddScoped<RegistryGate>();
        services.AddScoped<RegistryLookups>();
        return services;
    }
}
