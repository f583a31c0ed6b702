using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Sessions;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>ledger.balance_page</c> and <c>ledger.give_first</c>: the ledger's real queries (what /balance, the dashboard,
/// the session and the reminder call) against hand-written SQL returning the same rows from the same tables on the
/// same database through the same ADO.NET provider — the least any implementation has to read.
/// </summary>
public static class LedgerBenchmarks
{
    /// <summary>The page web.rss and --load render: the balance list, the data set's heaviest page.</summary>
    public const string BiggestPage = "/balance";

    /// <summary>The give-first list as the weekly session and the reminder take it.</summary>
    public const int GiveFirstTake = 10;

    // The balance page's first page as hand-written SQL: the first 50 entries of the ledger's (owner, state, fit, name,
    // id) index with the company each row shows.
    private const string BalancePageSql = """
        SELECT t."ContactId", t."Name", c."Company", t."FitScore", t."Gives", t."Asks", t."Received", t."GiveDueOn", t."AskOpensOn"
        FROM "LedgerTotals" t JOIN "Contact" c ON c."Id" = t."ContactId"
        WHERE t."OwnerId" = @owner
        ORDER BY t."StateOrder", t."FitScore" DESC, lower(t."Name"), t."ContactId"
        LIMIT 50
        """;

    // The give-first list's biggest turn as hand-written SQL: connected contacts whose give is due again, most overdue
    // first, cut to the ten the session and the reminder take.
    private const string GiveFirstSql = """
        SELECT t."ContactId", t."Name", c."Company", c."Tags", t."FitScore", t."GiveDueOn", t."LastGiveUtc"
        FROM "LedgerTotals" t JOIN "Contact" c ON c."Id" = t."ContactId"
        WHERE t."OwnerId" = @owner AND t."ConnectionState" = @connected AND t."GiveTurn" = 1
        ORDER BY t."GiveDueOn", t."FitScore" DESC, lower(t."Name"), t."ContactId"
        LIMIT 10
        """;

    public static IEnumerable<Func<Task<Benchmark>>> Create(AppServices app, string userId, string connectionString, string provider)
    {
        ArgumentNullException.ThrowIfNull(app);
        yield return () => Task.FromResult(new Benchmark
        {
            Name = "ledger.balance_page",
            Run = async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var list = await scope.ServiceProvider.GetRequiredService<LedgerViews>().GetBalanceAsync(userId, new BalanceFilter());
                if (list.Rows.Count != BalanceFilter.PageSize)
                {
                    throw new InvalidOperationException($"The balance page should be full ({list.Rows.Count} rows).");
                }
            },
            BaselineName = "sql.balance_page_rows",
            Baseline = () => ReadAllAsync(provider, connectionString, BalancePageSql, userId),
            MaxMedianMs = 30,
            MaxRatio = 1.5,
        });

        yield return () => Task.FromResult(new Benchmark
        {
            Name = "ledger.give_first",
            Run = async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var list = await scope.ServiceProvider.GetRequiredService<LedgerRankings>().GetAsync(userId, GiveFirstTake);
                if (list.Count == 0)
                {
                    throw new InvalidOperationException("The give-first list should not be empty.");
                }
            },
            BaselineName = "sql.give_first_rows",
            Baseline = () => ReadAllAsync(provider, connectionString, GiveFirstSql, userId),
            MaxMedianMs = 30,
        });
    }

    /// <summary>
    /// <c>session.build</c>: everything "Start now" does to build a weekly session — the week in the user's zone,
    /// every section's inputs from the database, the Core builder — except the insert of its few rows, so each
    /// run builds afresh instead of finding the week already built.
    /// </summary>
    public static Func<Task<Benchmark>> SessionBuild(AppServices app, string userId, string connectionString, string provider)
    {
        ArgumentNullException.ThrowIfNull(app);
        return () => Task.FromResult(new Benchmark
        {
            Name = "session.build",
            Run = async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var sessions = scope.ServiceProvider.GetRequiredService<SessionPlanner>();
                var week = await sessions.WeekOfAsync(userId);
                var plan = WeeklySessionBuilder.Build(await sessions.GatherAsync(userId, week));
                if (plan.Items.Count == 0)
                {
                    throw new InvalidOperationException("The session should have items.");
                }
            },
            BaselineName = "sql.give_first_rows",
            Baseline = () => ReadAllAsync(provider, connectionString, GiveFirstSql, userId),
            MaxMedianMs = 100,
        });
    }

    /// <summary>Runs <paramref name="sql"/> on a (pooled) connection and reads every value of every row.</summary>
    public static async Task<int> ReadAllAsync(string provider, string connectionString, string sql, string ownerId)
    {
        await using DbConnection connection = provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@owner", ownerId);
        Add(command, "@give", (int)InteractionDirection.Give);
        Add(command, "@ask", (int)InteractionDirection.Ask);
        Add(command, "@received", (int)InteractionDirection.Received);
        Add(command, "@connected", (int)ConnectionState.Connected);
        // DateOnly is a date on PostgreSQL and ISO text on SQLite, as EF Core stores it.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Add(command, "@today", provider == "postgres" ? today : today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows > 0 ? rows : throw new InvalidOperationException("The hand-written aggregate read no rows.");
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
