using System.Data.Common;
using System.Diagnostics;

namespace Sac.Benchmarks.Measures;

/// <summary>Runs captured commands again through plain ADO.NET on a pooled connection, reading every value of every row.</summary>
internal sealed class RawCommands(DbProviderFactory factory, string connectionString, IReadOnlyList<CapturedCommand> commands)
{
    public IReadOnlyList<CapturedCommand> Commands => commands;

    public async Task<TimeSpan> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        foreach (var captured in commands)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = captured.Text;
            foreach (var (name, value, dbType) in captured.Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                parameter.DbType = dbType;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(values);
            }
        }

        return Stopwatch.GetElapsedTime(started);
    }
}
