using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sac.Infrastructure.Persistence.Providers;

// Let dotnet-ef build each provider's context without starting the web host (--context picks one); no database is opened.

internal sealed class DesignTimeSqliteFactory : IDesignTimeDbContextFactory<SqliteSacDbContext>
{
    public SqliteSacDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSacDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class DesignTimePostgreSqlFactory : IDesignTimeDbContextFactory<PostgreSqlSacDbContext>
{
    public PostgreSqlSacDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlSacDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}

internal sealed class DesignTimeSqlServerFactory : IDesignTimeDbContextFactory<SqlServerSacDbContext>
{
    public SqlServerSacDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerSacDbContext>().UseSqlServer("Server=localhost;Database=design-time;TrustServerCertificate=True").Options);
}
