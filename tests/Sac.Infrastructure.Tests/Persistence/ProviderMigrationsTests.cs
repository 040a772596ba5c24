using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Tests.Persistence;

public sealed class ProviderMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_provider_has_migrations_that_match_the_model(DatabaseProvider provider)
    {
        using var db = ProviderContexts.Create(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run dotnet ef migrations add for {db.GetType().Name}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "CREATE TRIGGER IF NOT EXISTS \"AuditEntries_NoUpdate\"")]
    [InlineData(DatabaseProvider.PostgreSql, "CREATE TRIGGER \"AuditEntries_NoChange\" BEFORE UPDATE OR DELETE")]
    [InlineData(DatabaseProvider.SqlServer, "EXEC(N'CREATE TRIGGER [AuditEntries_NoChange] ON [AuditEntries] INSTEAD OF UPDATE, DELETE")]
    public void Every_provider_makes_the_audit_tables_append_only_in_the_database(DatabaseProvider provider, string trigger)
    {
        using var db = ProviderContexts.Create(provider);

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains(trigger, script, StringComparison.Ordinal);
        Assert.Contains(trigger.Replace("AuditEntries", "RegistryAccesses", StringComparison.Ordinal), script, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_three_providers_are_known()
    {
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseProviders.Parse(null));
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseProviders.Parse(""));
        Assert.Equal(DatabaseProvider.PostgreSql, DatabaseProviders.Parse("postgresql"));
        Assert.Equal(DatabaseProvider.SqlServer, DatabaseProviders.Parse("SqlServer"));
        Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Parse("MySql"));
        Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Parse("1"));
    }
}
