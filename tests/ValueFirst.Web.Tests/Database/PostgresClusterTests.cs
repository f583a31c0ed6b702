using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Database;

/// <summary>Several app servers on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class PostgresClusterTests(PostgresTestDatabases databases) : IClassFixture<PostgresTestDatabases>
{
    // An upper bound for background work to finish, not a timing assertion.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task Two_servers_starting_together_on_an_empty_database_both_become_healthy_and_migrate_once()
    {
        var database = await databases.CreateDatabaseAsync();
        using var first = database.CreateApp();
        using var second = database.CreateApp();

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        foreach (var app in new[] { first, second })
        {
            var health = await app.CreateClient().GetAsync("/health");
            Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        }

        var (migrations, historyRows) = await first.WithDbAsync(async db => (
            db.Database.GetMigrations().Count(),
            await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync()));
        Assert.Equal(migrations, historyRows);
    }

    [PostgresFact]
    public async Task Two_servers_starting_together_prepare_hangfire_once_and_log_no_error_doing_so()
    {
        // Three fresh databases: a clash in PostgreSQL's catalog ("could not find tuple for constraint") needs both
        // servers inside Hangfire's installer at the same moment, so one start could pass by luck.
        for (var round = 0; round < 3; round++)
        {
            var database = await databases.CreateDatabaseAsync();
            var logs = new LogCollector();
            using var first = database.CreateApp(services: services => services.AddSingleton<ILoggerProvider>(logs));
            using var second = database.CreateApp(services: services => services.AddSingleton<ILoggerProvider>(logs));

            await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));
            var monitoring = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
            await WaitUntilAsync(() => monitoring.Servers().Count >= 2, "both Hangfire servers announce themselves in the shared storage");

            var trouble = logs.Entries.Where(e =>
                e.Message.Contains("tuple", StringComparison.OrdinalIgnoreCase)
                || e.Exception?.ToString().Contains("tuple", StringComparison.OrdinalIgnoreCase) == true
                || (e.Level >= LogLevel.Warning && e.Category.StartsWith("Hangfire", StringComparison.Ordinal))
                || (e.Level >= LogLevel.Error && e.Category.StartsWith("ValueFirst", StringComparison.Ordinal))).ToList();
            Assert.True(trouble.Count == 0, string.Join("\n", trouble));
            Assert.Contains(logs.Entries, e => e.Message.StartsWith("Database ready", StringComparison.Ordinal));
            var versions = await first.WithDbAsync(db => db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM hangfire.schema").SingleAsync());
            Assert.Equal(1, versions);
        }
    }

    [PostgresFact]
    public async Task Jobs_enqueued_once_run_once_across_two_servers_sharing_one_queue()
    {
        var database = await databases.CreateDatabaseAsync();
        using var first = database.StartApp();
        using var second = database.StartApp();
        await first.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(JobRunRecorder.CreateTable));
        var monitoring = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await WaitUntilAsync(() => monitoring.Servers().Count >= 2, "both Hangfire servers announce themselves in the shared storage");

        var keys = Enumerable.Range(1, 20).Select(n => $"job-{n}").ToList();
        foreach (var (key, index) in keys.Select((key, index) => (key, index)))
        {
            // Half from each server's client: both write to the one queue.
            var client = (index % 2 == 0 ? first : second).Services.GetRequiredService<IBackgroundJobClient>();
            client.Enqueue<JobRunRecorder>(recorder => recorder.RecordAsync(key));
        }

        await WaitUntilAsync(
            () => monitoring.SucceededListCount() + monitoring.FailedCount() >= keys.Count,
            "every job finishes");
        var runs = await first.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT job_key AS \"Value\" FROM test_job_runs")
            .ToListAsync());

        Assert.Equal(0, monitoring.FailedCount());
        Assert.Equal(keys.Order(), runs.Order());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting until {what}.");
            }

            await Task.Delay(100);
        }
    }
}
