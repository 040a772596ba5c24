using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Sac.Application;
using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Benchmarks.Measures;
using Sac.Infrastructure;
using Sac.Infrastructure.Jobs;

namespace Sac.Benchmarks.Composition;

/// <summary>
/// The application's own services in this process, composed as <c>Sac.Web</c>'s Program composes them (the mediator is
/// the one the web host generated), on the database under test and the run's clock. No job server: jobs are only stored.
/// </summary>
internal static class SacComposition
{
    /// <param name="user">Who the messages are sent for; nobody (the system) when null.</param>
    /// <param name="recordLetters">Wraps the letter renderer in a <see cref="RecordingLetterRenderer"/>.</param>
    public static ServiceProvider Build(DatabaseTarget target, FixedClock clock, ICurrentUser? user = null, bool recordLetters = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(target.Settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .AddInMemoryCollection([
                KeyValuePair.Create("Demo:Seed", (string?)"true"),
                KeyValuePair.Create("Jobs:Server", (string?)"false"),
                KeyValuePair.Create("Registries:Provider", (string?)"Demo"),
            ])
            .Build();
        var environment = new HostingEnvironment
        {
            EnvironmentName = "Benchmark",
            ApplicationName = "Sac.Web",
            ContentRootPath = AppContext.BaseDirectory,
            ContentRootFileProvider = new NullFileProvider(),
        };

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        if (user is not null)
        {
            services.AddSingleton(user);
        }

        services.AddApplication();
        services.AddInfrastructure(configuration, environment);
        services.AddSacJobs(configuration);
        // Web's generated mediator (handlers and pipeline fixed at its build) checks it is given the lifetime it was generated for.
        services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
        if (recordLetters)
        {
            var renderer = services.Single(d => d.ServiceType == typeof(ILetterRenderer));
            services.Remove(renderer);
            services.AddSingleton(provider => new RecordingLetterRenderer((ILetterRenderer)ActivatorUtilities.CreateInstance(provider, renderer.ImplementationType!)));
            services.AddSingleton<ILetterRenderer>(provider => provider.GetRequiredService<RecordingLetterRenderer>());
        }

        return services.BuildServiceProvider();
    }
}
