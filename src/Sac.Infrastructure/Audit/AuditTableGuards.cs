namespace Sac.Infrastructure.Audit;

/// <summary>
/// Database triggers that make the audit trail and the registry-access log append-only in the database itself: an UPDATE
/// or DELETE (and on PostgreSQL a TRUNCATE) on either table fails, whoever sends it (Entity Framework's bulk updates, a
/// script, a console). Each provider's migration that creates the tables runs its <c>Create</c> statements, and the Down
/// its <c>Drop</c>. A later SQLite migration that rebuilds either table (SQLite drops a table's triggers with it) must run
/// <see cref="Sqlite"/>'s again.
/// </summary>
public static class AuditTableGuards
{
    /// <summary>The tables guarded: the audit trail and the registry-access log.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["AuditEntries", "RegistryAccesses"];

    /// <summary>A BEFORE UPDATE and a BEFORE DELETE trigger on each table, each raising ABORT.</summary>
    public static GuardStatements Sqlite { get; } = new(
        Tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER IF NOT EXISTS \"{table}_NoUpdate\" BEFORE UPDATE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{table} is append-only: a line cannot be changed'); END;",
            $"CREATE TRIGGER IF NOT EXISTS \"{table}_NoDelete\" BEFORE DELETE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{table} is append-only: a line cannot be deleted'); END;",
        }).ToList(),
        Tables.SelectMany(table => new[] { $"DROP TRIGGER IF EXISTS \"{table}_NoUpdate\";", $"DROP TRIGGER IF EXISTS \"{table}_NoDelete\";" }).ToList());

    /// <summary>One function raising an exception, fired before any row is changed or deleted and before a TRUNCATE.</summary>
    public static GuardStatements PostgreSql { get; } = new(
        [
            """
            CREATE OR REPLACE FUNCTION sac_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: a line cannot be %', TG_TABLE_NAME,
                    CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END;
            END $$;
            """,
            .. Tables.SelectMany(table => new[]
            {
                $"CREATE TRIGGER \"{table}_NoChange\" BEFORE UPDATE OR DELETE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION sac_refuse_change();",
                $"CREATE TRIGGER \"{table}_NoTruncate\" BEFORE TRUNCATE ON \"{table}\" FOR EACH STATEMENT EXECUTE FUNCTION sac_refuse_change();",
            }),
        ],
        [
            .. Tables.SelectMany(table => new[]
            {
                $"DROP TRIGGER IF EXISTS \"{table}_NoChange\" ON \"{table}\";",
                $"DROP TRIGGER IF EXISTS \"{table}_NoTruncate\" ON \"{table}\";",
            }),
            "DROP FUNCTION IF EXISTS sac_refuse_change();",
        ]);

    /// <summary>
    /// An INSTEAD OF UPDATE, DELETE trigger on each table that throws. CREATE TRIGGER must start its batch, which it does not
    /// inside the idempotent script's IF ... BEGIN: EXEC gives it a batch of its own.
    /// </summary>
    public static GuardStatements SqlServer { get; } = new(
        Tables.Select(table =>
            $"EXEC(N'CREATE TRIGGER [{table}_NoChange] ON [{table}] INSTEAD OF UPDATE, DELETE AS THROW 51000, ''{table} is append-only: a line cannot be changed or deleted'', 1;');")
            .ToList(),
        Tables.Select(table => $"DROP TRIGGER IF EXISTS [{table}_NoChange];").ToList());
}

/// <summary>The statements that create a provider's guards, and those that remove them; one statement per batch.</summary>
public sealed record GuardStatements(IReadOnlyList<string> Create, IReadOnlyList<string> Drop);
