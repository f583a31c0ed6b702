using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// Forces the worst interleaving of two app servers: a command that <see cref="KeyOf"/> recognises waits, before it
/// reaches the database, until every party with the same key has reached it too (or <see cref="Patience"/> runs out,
/// when it goes on alone). Shared by the hosts of one test, so "both servers insert the week's row at once" happens
/// on every run instead of by luck. <see cref="Met"/> tells which meetings took place, so a test can prove the race.
/// </summary>
public sealed class CommandRendezvous(Func<DbCommand, string?> keyOf, int parties = 2) : DbCommandInterceptor
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<string, Meeting> meetings = new();

    public Func<DbCommand, string?> KeyOf { get; } = keyOf;

    /// <summary>The keys at which all parties arrived together.</summary>
    public IReadOnlyList<string> Met => meetings.Where(m => m.Value.Complete).Select(m => m.Key).ToList();

    /// <summary>The first string parameter of <paramref name="command"/> that is one of <paramref name="values"/>.</summary>
    public static string? ParameterIn(DbCommand command, IReadOnlyCollection<string> values) =>
        command.Parameters.Cast<DbParameter>().Select(p => p.Value as string).FirstOrDefault(v => v is not null && values.Contains(v));

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await MeetAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await MeetAsync(command, cancellationToken);
        return result;
    }

    private async Task MeetAsync(DbCommand command, CancellationToken ct)
    {
        if (KeyOf(command) is not { } key)
        {
            return;
        }

        var meeting = meetings.GetOrAdd(key, _ => new Meeting(parties));
        if (meeting.Arrive())
        {
            try
            {
                await meeting.AllArrived.WaitAsync(Patience, ct);
            }
            catch (TimeoutException)
            {
                // The other party never came (it took another path): go on alone; Met will not list the key.
            }
        }
    }

    private sealed class Meeting(int parties)
    {
        private readonly TaskCompletionSource allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int arrived;

        public Task AllArrived => allArrived.Task;

        public bool Complete => allArrived.Task.IsCompletedSuccessfully;

        /// <summary>True when this arrival should wait (one of the first <c>parties</c>); later ones pass straight through.</summary>
        public bool Arrive()
        {
            var n = Interlocked.Increment(ref arrived);
            if (n == parties)
            {
                allArrived.TrySetResult();
            }

            return n <= parties;
        }
    }
}
