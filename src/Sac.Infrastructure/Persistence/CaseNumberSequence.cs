using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sac.Application.Common.Ports;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// Takes the next number in one atomic statement (an upsert that returns the new value), so parallel
/// intakes never collide on the counter. A number is taken even when the intake then
/// fails: numbers can have gaps, like any database sequence, but never repeat.
/// </summary>
internal sealed class CaseNumberSequence(SacDbContext db, DatabaseSettings settings) : ICaseNumberSequence
{
    // Standard SQL upsert with RETURNING: SQLite 3.35+ and PostgreSQL.
    private const string Upsert = """
        INSERT INTO "CaseNumberCounters" ("MunicipalityNis", "Year", "LastNumber") VALUES (@nis, @year, 1)
        ON CONFLICT ("MunicipalityNis", "Year") DO UPDATE SET "LastNumber" = "CaseNumberCounters"."LastNumber" + 1
        RETURNING "LastNumber"
        """;

    // SQL Server has neither: MERGE under HOLDLOCK, so two first numbers of a year cannot both insert.
    private const string Merge = """
        MERGE "CaseNumberCounters" WITH (HOLDLOCK) AS counter
        USING (SELECT @nis AS "MunicipalityNis", @year AS "Year") AS wanted
        ON counter."MunicipalityNis" = wanted."MunicipalityNis" AND counter."Year" = wanted."Year"
        WHEN MATCHED THEN UPDATE SET "LastNumber" = counter."LastNumber" + 1
        WHEN NOT MATCHED THEN INSERT ("MunicipalityNis", "Year", "LastNumber") VALUES (wanted."MunicipalityNis", wanted."Year", 1)
        OUTPUT inserted."LastNumber";
        """;

    public async Task<string> NextAsync(string municipalityNis, int year, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = settings.Provider == DatabaseProvider.SqlServer ? Merge : Upsert;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            AddParameter(command, "@nis", municipalityNis);
            AddParameter(command, "@year", year);
            var taken = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{municipalityNis}-{year}-{taken:D6}");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
