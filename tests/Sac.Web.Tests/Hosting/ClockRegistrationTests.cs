using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Sac.Web.Hosting;

namespace Sac.Web.Tests.Hosting;

public sealed class ClockRegistrationTests
{
    private static readonly DateTimeOffset Fixed = new(2025, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("Development")]
    [InlineData("Staging")]
    public void Clock_Now_fixes_the_instant_outside_Production(string environment) =>
        Assert.Equal(Fixed, Clock(environment, "2025-03-10T10:00:00+01:00").GetUtcNow());

    [Fact]
    public void Clock_Now_is_ignored_in_Production() =>
        Assert.Same(TimeProvider.System, Clock(Environments.Production, "2025-03-10T10:00:00+01:00"));

    [Fact]
    public void Without_Clock_Now_the_system_clock_runs() =>
        Assert.Same(TimeProvider.System, Clock(Environments.Development, null));

    private static TimeProvider Clock(string environment, string? now)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clock:Now"] = now }).Build();
        var services = new ServiceCollection().AddSacClock(configuration, new Environment(environment));
        return services.BuildServiceProvider().GetRequiredService<TimeProvider>();
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Sac.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
