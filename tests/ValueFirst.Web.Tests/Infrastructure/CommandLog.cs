using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>
/// Keeps the text of every command the app sends to the database from inside <see cref="Watch"/>'s async flow, so a test
/// counts the queries of one call without those of background jobs running at the same time. Register it as an
/// <see cref="IInterceptor"/> in the app's services.
/// </summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly AsyncLocal<List<(DbCommand Command, string Text)>?> current = new();

    /// <summary>Runs <paramref name="action"/> and returns the commands it sent, in order.</summary>
    public async Task<IReadOnlyList<string>> Watch(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var commands = new List<(DbCommand Command, string Text)>();
        current.Value = commands;
        try
        {
            await action();
        }
        finally
        {
            current.Value = null;
        }

        return commands.Select(c => c.Text).ToList();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    // One command is seen once per registration of this interceptor in the context's options (the app may add it more
    // than once), back to back; a provider may reuse a command object for the next command, so only the repeat is skipped.
    private void Add(DbCommand command)
    {
        if (current.Value is not { } commands)
        {
            return;
        }

        lock (commands)
        {
            if (commands.Count == 0 || !ReferenceEquals(commands[^1].Command, command) || commands[^1].Text != command.CommandText)
            {
                commands.Add((command, command.CommandText));
            }
        }
    }
}
