namespace Sac.Infrastructure.Audit;

/// <summary>
/// SQLite triggers that make the audit trail and the registry-access log append-only in the database itself: an UPDATE
/// or DELETE on either table aborts, whoever sends it (Entity Framework's bulk updates, a script, a console). The
/// migration that creates the tables runs <see cref="Sql"/>, and its Down runs <see cref="DropSql"/>. A later
/// migration that rebuilds either table (SQLite drops a table's triggers with it) must run <see cref="Sql"/> again.
/// </summary>
public static class AuditTableGuards
{
    /// <summary>The tables guarded: the audit trail and the registry-access log.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["AuditEntries", "RegistryAccesses"];

    /// <summary>Creates a BEFORE UPDATE and a BEFORE DELETE trigger on each table, each raising ABORT.</summary>
    public static string Sql { get; } = string.Join(
        "\n",
        Tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER IF NOT EXISTS \"{table}_NoUpdate\" BEFORE UPDATE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{table} is append-only: a line cannot be changed'); END;",
            $"CREATE TRIGGER IF NOT EXISTS \"{table}_NoDelete\" BEFORE DELETE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{table} is append-only: a line cannot be deleted'); END;",
        }));

    public static string DropSql { get; } = string.Join(
        "\n",
        Tables.SelectMany(table => new[]
        {
            $"DROP TRIGGER IF EXISTS \"{table}_NoUpdate\";",
            $"DROP TRIGGER IF EXISTS \"{table}_NoDelete\";",
        }));
}
