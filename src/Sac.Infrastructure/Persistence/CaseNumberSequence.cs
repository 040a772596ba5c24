using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sac.Application.Common.Ports;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// Takes the next number in one atomic statement (an upsert that returns the new value), so parallel
/// intakes never wait for or collide on the counter. A number is taken even when the intake then
/// fails: numbers can have gaps, like any database sequence, but never repeat.
/// </summary>
internal sealed class CaseNumberSequence(SacDbContext db) : ICaseNumberSequence
{
    // Standard SQL upsert with RETURNING: SQLite 3.35+ and PostgreSQL.
    private const string TakeNext = """
        INSERT INTO "CaseNumberCounters" ("MunicipalityNis", "Year", "LastNumber") VALUES (@nis, @year, 1)
        ON CONFLICT ("MunicipalityNis", "Year") DO UPDATE SET "LastNumber" = "CaseNumberCounters"."LastNumber" + 1
        RETURNING "LastNumber"
        """;

    public async Task<string> NextAsync(string municipalityNis, int year, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = TakeNext;
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
