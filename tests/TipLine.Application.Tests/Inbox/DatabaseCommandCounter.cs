using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TipLine.Application.Tests.Inbox;

/// <summary>
/// Counts the SQL commands EF Core executes on behalf of the code awaited inside <see cref="CountAsync{T}"/>, by its
/// diagnostic events. The count follows the async flow, so tests running in parallel on other hosts do not add to it.
/// </summary>
internal sealed class DatabaseCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<List<string>?> Recording = new();
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];

    public DatabaseCommandCounter() => allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Runs <paramref name="work"/> and returns its result with the text of every command it executed.</summary>
    public static async Task<(T Result, IReadOnlyList<string> Commands)> CountAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var counter = new DatabaseCommandCounter();
        var commands = new List<string>();
        Recording.Value = commands;
        try
        {
            var result = await work();
            return (result, commands);
        }
        finally
        {
            Recording.Value = null;
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && Recording.Value is { } commands)
        {
            lock (commands)
            {
                commands.Add(data.Command.CommandText);
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
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
