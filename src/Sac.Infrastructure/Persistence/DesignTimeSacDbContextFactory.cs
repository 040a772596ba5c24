using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sac.Infrastructure.Persistence;

/// <summary>Lets dotnet-ef build the context without starting the web host; the database is never opened.</summary>
internal sealed class DesignTimeSacDbContextFactory : IDesignTimeDbContextFactory<SacDbContext>
{
    public SacDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SacDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
