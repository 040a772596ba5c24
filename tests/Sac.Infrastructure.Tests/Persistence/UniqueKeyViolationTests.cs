using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Tests.Persistence;

public sealed class UniqueKeyViolationTests
{
    [Fact]
    public void A_taken_unique_key_is_recognised_on_SQLite_and_PostgreSQL()
    {
        Assert.True(UniqueKeyViolation.Caused(Failed(new SqliteException("UNIQUE constraint failed: Cases.ExternalId", 19))));
        Assert.True(UniqueKeyViolation.Caused(Failed(Postgres(PostgresErrorCodes.UniqueViolation))));
    }

    [Fact]
    public void Other_failures_are_not_taken_for_a_race()
    {
        Assert.False(UniqueKeyViolation.Caused(Failed(new SqliteException("database is locked", 5))));
        Assert.False(UniqueKeyViolation.Caused(Failed(Postgres(PostgresErrorCodes.ForeignKeyViolation))));
        Assert.False(UniqueKeyViolation.Caused(Failed(new InvalidOperationException("not a database error"))));
        Assert.False(UniqueKeyViolation.Caused(new DbUpdateException("no inner exception")));
    }

    private static DbUpdateException Failed(Exception inner) => new("save failed", inner);

    private static PostgresException Postgres(string sqlState) => new("refused", "ERROR", "ERROR", sqlState);
}
