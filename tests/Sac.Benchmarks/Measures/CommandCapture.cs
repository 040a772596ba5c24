using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sac.Benchmarks.Measures;

/// <summary>A database command as EF Core sent it: its SQL and its parameters' values.</summary>
internal sealed record CapturedCommand(string Text, IReadOnlyList<CapturedParameter> Parameters);

internal sealed record CapturedParameter(string Name, object Value, DbType DbType);

/// <summary>
/// Records the commands EF Core runs while it is open, from EF Core's diagnostic events: the exact SQL of a page or a
/// query, to run again through plain ADO.NET as its raw baseline.
/// </summary>
internal sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<CapturedCommand> commands = [];
    private readonly List<IDisposable> subscriptions = [];

    public CommandCapture() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public IReadOnlyList<CapturedCommand> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: var command })
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => new CapturedParameter(p.ParameterName, p.Value ?? DBNull.Value, p.DbType)).ToList();
            lock (commands)
            {
                commands.Add(new CapturedCommand(command.CommandText, parameters));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }
}
