using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Sac.Infrastructure.Persistence;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Tests.Persistence;

public sealed class DatabaseSettingsTests
{
    [Theory]
    [InlineData("PostgreSql")]
    [InlineData("SqlServer")]
    public void A_server_database_needs_its_connection_string(string provider)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(Configuration(("Database:Provider", provider)), new Environment()));

        Assert.Contains("ConnectionStrings:Sac", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_database_takes_the_connection_string_as_given()
    {
        var settings = DatabaseSettings.From(
            Configuration(("Database:Provider", "postgresql"), ("ConnectionStrings:Sac", "Host=db;Database=sac")), new Environment());

        Assert.Equal(new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=db;Database=sac", false), settings);
    }

    [Fact]
    public void Without_settings_the_database_is_a_SQLite_file_in_App_Data()
    {
        var environment = new Environment();

        var settings = DatabaseSettings.From(Configuration(), environment);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal($"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "sac.db")}", settings.ConnectionString);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Sac.Web";

        public string ContentRootPath { get; set; } = Path.Combine(Path.GetTempPath(), "sac-settings-tests");

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
