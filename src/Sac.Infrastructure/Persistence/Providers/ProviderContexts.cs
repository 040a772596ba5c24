using Microsoft.EntityFrameworkCore;

namespace Sac.Infrastructure.Persistence.Providers;

// One context type per provider, each with its own migrations and model snapshot (column types differ: TEXT, text,
// nvarchar(max)). They add nothing to the model: everything is in SacDbContext.

public sealed class SqliteSacDbContext(DbContextOptions<SqliteSacDbContext> options) : SacDbContext(options);

public sealed class PostgreSqlSacDbContext(DbContextOptions<PostgreSqlSacDbContext> options) : SacDbContext(options);

public sealed class SqlServerSacDbContext(DbContextOptions<SqlServerSacDbContext> options) : SacDbContext(options);
