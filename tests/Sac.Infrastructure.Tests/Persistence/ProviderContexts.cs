using Microsoft.EntityFrameworkCore;
using Sac.Infrastructure.Persistence;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Tests.Persistence;

/// <summary>Each provider's context as dotnet-ef builds it: with a connection string that is never opened.</summary>
internal static class ProviderContexts
{
    public static SacDbContext Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlSacDbContext(
            new DbContextOptionsBuilder<PostgreSqlSacDbContext>().UseNpgsql("Host=localhost;Database=never-opened").Options),
        DatabaseProvider.SqlServer => new SqlServerSacDbContext(
            new DbContextOptionsBuilder<SqlServerSacDbContext>().UseSqlServer("Server=localhost;Database=never-opened;TrustServerCertificate=True").Options),
        _ => new SqliteSacDbContext(new DbContextOptionsBuilder<SqliteSacDbContext>().UseSqlite("Data Source=never-opened.db").Options),
    };
}
