using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Tests.Persistence;

/// <summary>
/// No SQL Server runs here, so its migrations are checked as a DBA would receive them: the idempotent script (the one
/// <c>.ci/run</c> writes to <c>artifacts/sqlserver.sql</c>) parsed by Microsoft's own T-SQL parser, which also refuses a
/// CREATE TRIGGER that does not start its batch; and the model read for what SQL Server refuses that no parser sees.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var db = ProviderContexts.Create(DatabaseProvider.SqlServer);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    });

    [Fact]
    public void The_idempotent_script_is_valid_T_SQL()
    {
        using var reader = new StringReader(Script.Value);

        var parsed = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        Assert.NotEmpty(((TSqlScript)parsed).Batches);
    }

    [Fact]
    public void The_idempotent_script_creates_every_table_of_the_model()
    {
        using var db = ProviderContexts.Create(DatabaseProvider.SqlServer);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct();

        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}]", Script.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void No_key_or_index_is_on_a_column_SQL_Server_cannot_index()
    {
        // SQL Server cannot index nvarchar(max) or varbinary(max); a key without a length gets nvarchar(450).
        using var db = ProviderContexts.Create(DatabaseProvider.SqlServer);
        var model = db.GetService<IDesignTimeModel>().Model;

        var unindexable = model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().SelectMany(i => i.Properties).Concat(e.GetKeys().SelectMany(k => k.Properties)))
            .Where(p => p.GetColumnType().Contains("(max)", StringComparison.OrdinalIgnoreCase))
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}: {p.GetColumnType()}");

        Assert.Empty(unindexable.Distinct());
    }
}
