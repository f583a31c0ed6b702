using System.Data.Common;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Jobs;
using ValueFirst.Web.Tests.Infrastructure;
using ValueFirst.Web.Tests.Reminders;
using netDumbster.smtp;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// Two app servers (two hosts, each with its own Hangfire server) on one PostgreSQL database and one Hangfire queue:
/// the weekly session is built once, the weekly reminder is sent once, a recurring occurrence runs once — whatever the
/// timing. <see cref="CommandRendezvous"/> forces the worst timing (both servers reach the same INSERT or claim at
/// the same moment) and each test asserts that the race really happened. Each server also listens on a queue of its
/// own, so "one job on each server" is a fact of the test, not a hope.
/// </summary>
public sealed class TwoServerJobTests(PostgresTestDatabases databases) : IClassFixture<PostgresTestDatabases>
{
    // An upper bound for background work to finish, not a timing assertion.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string[] FinalStates = [SucceededState.StateName, FailedState.StateName, DeletedState.StateName, ScheduledState.StateName];

    [PostgresFact]
    public async Task Weekly_session_job_enqueued_on_both_servers_at_once_builds_one_session_per_user()
    {
        var users = new List<string>();
        var rendezvous = new CommandRendezvous(command => Inserts(command, "WeeklySession") ? CommandRendezvous.ParameterIn(command, users) : null);
        using var cluster = await Cluster.StartAsync(databases, rendezvous);
        for (var i = 0; i < 3; i++)
        {
            var user = await cluster.UserWithSlotAsync();
            await cluster.ContactsAsync(user, 3);
            users.Add(user);
        }

        var jobs = users.SelectMany(user => cluster.Servers.Select(server =>
            server.OwnQueue(client => client.Create<WeeklySessionJob>(job => job.RunAsync(user, CancellationToken.None), server.OwnQueueState))))
            .ToList();
        var results = await cluster.WaitForResultsAsync<SessionBuildOutcome>(jobs);

        Assert.Equal(users.Count, results.Count(r => r == SessionBuildOutcome.Built));
        Assert.Equal(users.Count, results.Count(r => r == SessionBuildOutcome.AlreadyBuilt));
        Assert.Equal(users.Order(), rendezvous.Met.Order());
        foreach (var user in users)
        {
            Assert.Equal(1, await cluster.SessionCountAsync(user));
        }
    }

    [PostgresFact]
    public async Task Weekly_session_built_directly_on_both_servers_at_once_is_saved_once_and_both_get_it()
    {
        var users = new List<string>();
        var rendezvous = new CommandRendezvous(command => Inserts(command, "WeeklySession") ? CommandRendezvous.ParameterIn(command, users) : null);
        using var cluster = await Cluster.StartAsync(databases, rendezvous);
        var user = await cluster.UserWithSlotAsync();
        await cluster.ContactsAsync(user, 3);
        users.Add(user);

        var builds = await Task.WhenAll(cluster.Servers.Select(server => Task.Run(async () =>
        {
            using var scope = server.App.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<SessionPlanner>().BuildAsync(user);
        })));

        Assert.Equal([user], rendezvous.Met);
        Assert.Single(builds, b => b.Created);
        Assert.Single(builds.Select(b => b.Session.Id).Distinct());
        Assert.Equal(1, await cluster.SessionCountAsync(user));
    }

    [PostgresFact]
    public async Task Weekly_reminder_enqueued_on_both_servers_at_once_sends_one_message_per_user()
    {
        var port = ReminderWorld.FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        var users = new List<string>();
        var rendezvous = new CommandRendezvous(command => Inserts(command, nameof(ReminderRecord)) ? CommandRendezvous.ParameterIn(command, users) : null);
        using var cluster = await Cluster.StartAsync(databases, rendezvous, SmtpSettings(port), ReminderWorld.ReminderDue);
        for (var i = 0; i < 3; i++)
        {
            var user = await cluster.UserWithSlotAsync();
            await cluster.ContactsAsync(user, 2);
            users.Add(user);
        }

        var jobs = users.SelectMany(user => cluster.Servers.Select(server =>
            server.OwnQueue(client => client.Create<ReminderJob>(job => job.RunAsync(user, CancellationToken.None), server.OwnQueueState))))
            .ToList();
        var results = await cluster.WaitForResultsAsync<ReminderOutcome>(jobs);
        await cluster.WaitUntilSentAsync(users);

        Assert.Equal(users.Count, results.Count(r => r == ReminderOutcome.Recorded));
        Assert.Equal(users.Count, results.Count(r => r == ReminderOutcome.AlreadyRecorded));
        // Both servers inserted the week's record (and its email, in the same transaction) at once.
        Assert.Equal(users.Order(), rendezvous.Met.Order());
        var recipients = smtp.ReceivedEmail.SelectMany(m => m.ToAddresses).Select(a => a.Address).ToList();
        Assert.Equal((await cluster.EmailsOfAsync(users)).Order(), recipients.Order());
        foreach (var user in users)
        {
            var record = Assert.Single(await cluster.RemindersOfAsync(user));
            Assert.Equal((DeliveryState.Sent, 1), (record.Message!.State, record.Message.Attempts));
        }

        Assert.Equal(users.Count, await cluster.OutboxCountAsync());
    }

    [PostgresFact]
    public async Task Weekly_reminder_run_directly_on_both_servers_at_once_sends_one_message()
    {
        var port = ReminderWorld.FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        var users = new List<string>();
        var rendezvous = new CommandRendezvous(command => Inserts(command, nameof(ReminderRecord)) ? CommandRendezvous.ParameterIn(command, users) : null);
        using var cluster = await Cluster.StartAsync(databases, rendezvous, SmtpSettings(port), ReminderWorld.ReminderDue);
        var user = await cluster.UserWithSlotAsync();
        await cluster.ContactsAsync(user, 2);
        users.Add(user);

        var outcomes = await Task.WhenAll(cluster.Servers.Select(server => Task.Run(async () =>
        {
            using var scope = server.App.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(user, CancellationToken.None);
        })));
        await cluster.WaitUntilSentAsync(users);

        Assert.Equal([user], rendezvous.Met);
        Assert.Single(outcomes, o => o == ReminderOutcome.Recorded);
        Assert.Single(outcomes, o => o == ReminderOutcome.AlreadyRecorded);
        var message = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal(Assert.Single(await cluster.EmailsOfAsync([user])), Assert.Single(message.ToAddresses).Address);
        var record = Assert.Single(await cluster.RemindersOfAsync(user));
        Assert.Equal((DeliveryState.Sent, 1), (record.Message!.State, record.Message.Attempts));
    }

    [PostgresFact]
    public async Task One_email_delivered_from_both_servers_at_once_is_claimed_by_one_and_sent_once()
    {
        var port = ReminderWorld.FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        // The job queued when the email is recorded and a direct call on each server meet at the claim
        // (UPDATE … WHERE due and unclaimed): the test's database holds this one email only.
        var rendezvous = new CommandRendezvous(command =>
            command.CommandText.Contains("UPDATE \"OutboxMessage\"", StringComparison.Ordinal)
            && command.CommandText.Contains("\"Attempts\" + 1", StringComparison.Ordinal) ? "claim" : null, parties: 3);
        using var cluster = await Cluster.StartAsync(databases, rendezvous, SmtpSettings(port), ReminderWorld.ReminderDue);
        var user = await cluster.UserWithSlotAsync();
        var recorded = await cluster.A.App.WithDbAsync(async db =>
        {
            var message = cluster.A.App.Services.GetRequiredService<ValueFirst.Web.Email.MessageComposer>()
                .Compose(Assert.Single(await cluster.EmailsOfAsync([user])), "Once", "Sent once.", "<p>Sent once.</p>");
            var row = cluster.A.App.Services.GetRequiredService<MailOutbox>().Add(db, MailPurpose.Reminder, message, user);
            await db.SaveChangesAsync();
            return row.Id;
        });

        var outcomes = await Task.WhenAll(cluster.Servers.Select(server => Task.Run(async () =>
        {
            using var scope = server.App.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxJob>().DeliverAsync(recorded, CancellationToken.None);
        })));
        await WaitUntilAsync(async () => (await cluster.OutboxStateAsync(recorded)) == DeliveryState.Sent, "the email is sent");

        Assert.Equal(["claim"], rendezvous.Met);
        Assert.All(outcomes, o => Assert.True(o is DeliveryOutcome.Sent or DeliveryOutcome.NotDue, o.ToString()));
        Assert.Single(smtp.ReceivedEmail);
        Assert.Equal(1, await cluster.A.App.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == recorded).Select(m => m.Attempts).SingleAsync()));
    }

    /// <remarks>
    /// What Hangfire guarantees for recurring jobs on several servers: every server runs the recurring job scheduler,
    /// and a distributed lock in the shared storage lets exactly one of them create the background job of an
    /// occurrence. (Both servers also register the job at start-up, as the slot schedulers do; that is an update of
    /// the same entry, not a second job.)
    /// </remarks>
    [PostgresFact]
    public async Task Recurring_job_registered_on_both_servers_runs_once_per_occurrence()
    {
        const string recurringJobId = "test:every-two-seconds";
        using var cluster = await Cluster.StartAsync(databases);
        await cluster.A.App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(OccurrenceRecorder.CreateTable));

        foreach (var server in cluster.Servers)
        {
            server.App.Services.GetRequiredService<IRecurringJobManager>()
                .AddOrUpdate<OccurrenceRecorder>(recurringJobId, recorder => recorder.RecordAsync(null), "*/2 * * * * *");
        }

        await WaitUntilAsync(async () => (await cluster.OccurrencesAsync()).Select(o => o.Occurrence).Distinct().Count() >= 4, "four occurrences have run");
        cluster.A.App.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(recurringJobId);
        var monitoring = cluster.A.Monitoring;
        await WaitUntilAsync(
            () => Task.FromResult(monitoring.EnqueuedCount("default") == 0 && monitoring.ProcessingCount() == 0),
            "the last occurrence's job has finished");
        var runs = await cluster.OccurrencesAsync();

        Assert.Equal(0, monitoring.FailedCount());
        Assert.All(runs, run => Assert.Equal(recurringJobId, run.RecurringJob));
        Assert.All(runs, run => Assert.NotNull(run.Occurrence));
        Assert.Equal(runs.Count, runs.Select(r => r.Occurrence).Distinct().Count());
        Assert.Equal(runs.Count, runs.Select(r => r.JobId).Distinct().Count());
    }

    /// <remarks>
    /// <see cref="IRecurringJobManager.Trigger"/> means "run it now, in addition to the schedule": each call creates a
    /// background job, so two triggers are two runs by design (not an occurrence fired twice). What keeps the outcome
    /// single is the job itself: the session build is idempotent in the database.
    /// </remarks>
    [PostgresFact]
    public async Task Session_job_triggered_on_both_servers_runs_twice_and_builds_one_session()
    {
        var users = new List<string>();
        var rendezvous = new CommandRendezvous(command => Inserts(command, "WeeklySession") ? CommandRendezvous.ParameterIn(command, users) : null);
        using var cluster = await Cluster.StartAsync(databases, rendezvous);
        var user = await cluster.UserWithSlotAsync();
        users.Add(user);
        var slot = await cluster.A.App.WithDbAsync(db => WeeklySlotStore.FindAsync(db, user, CancellationToken.None));
        cluster.A.App.Services.GetRequiredService<SessionScheduler>().Register(slot!);
        var recurringJobId = SessionScheduler.JobId(user);

        var jobs = await Task.WhenAll(cluster.Servers.Select(server => Task.Run(() =>
            ((IRecurringJobManagerV2)server.App.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(recurringJobId))));
        var results = await cluster.WaitForResultsAsync<SessionBuildOutcome>(jobs);

        Assert.Equal(2, jobs.Distinct().Count());
        Assert.Equal([SessionBuildOutcome.Built, SessionBuildOutcome.AlreadyBuilt], results.Order());
        Assert.Equal([user], rendezvous.Met);
        Assert.Equal(1, await cluster.SessionCountAsync(user));
    }

    private static bool Inserts(DbCommand command, string table) =>
        command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal);

    private static Dictionary<string, string?> SmtpSettings(int port) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:TimeoutSeconds"] = "10",
        ["Reminders:AppUrl"] = "https://valuefirst.test",
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting until {what}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>One app server of the cluster: its host and its own Hangfire queue.</summary>
    private sealed record Server(string Name, TestApp App)
    {
        public string Queue => $"server_{Name}";

        public EnqueuedState OwnQueueState => new(Queue);

        public IMonitoringApi Monitoring => App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

        public string OwnQueue(Func<IBackgroundJobClient, string> create) => create(App.Services.GetRequiredService<IBackgroundJobClient>());
    }

    private sealed record OccurrenceRun(string RecurringJob, long? Occurrence, string JobId, string Host);

    /// <summary>Two app servers on one fresh PostgreSQL database, both started, both Hangfire servers announced.</summary>
    private sealed class Cluster : IDisposable
    {
        private Cluster(Server a, Server b)
        {
            A = a;
            B = b;
        }

        public Server A { get; }

        public Server B { get; }

        public IReadOnlyList<Server> Servers => [A, B];

        public static async Task<Cluster> StartAsync(
            PostgresTestDatabases databases,
            CommandRendezvous? rendezvous = null,
            IReadOnlyDictionary<string, string?>? settings = null,
            DateTimeOffset? now = null)
        {
            var database = await databases.CreateDatabaseAsync();
            Server Start(string name) => new(name, database.StartApp(settings, services =>
            {
                services.AddSingleton(new TestHostName(name));
                services.AddSingleton(new BackgroundJobServerOptions
                {
                    ServerName = $"test-{name}-{Guid.NewGuid():N}",
                    // Its own queue (jobs meant for this server) and the shared one (everything else).
                    Queues = [$"server_{name}", EnqueuedState.DefaultQueue],
                    WorkerCount = 8,
                    // The recurring and delayed job schedulers poll every second (the default is 15 s).
                    SchedulePollingInterval = TimeSpan.FromSeconds(1),
                });
                if (rendezvous is not null)
                {
                    services.ConfigureDbContext<PostgresApplicationDbContext>(db => db.AddInterceptors(rendezvous));
                }

                if (now is { } instant)
                {
                    services.AddSingleton<TimeProvider>(new FakeTimeProvider(instant));
                }
            }));

            var a = Start("a");
            var b = Start("b");
            var cluster = new Cluster(a, b);
            await WaitUntilAsync(() => Task.FromResult(a.Monitoring.Servers().Count >= 2), "both Hangfire servers announce themselves in the shared storage");
            return cluster;
        }

        /// <summary>
        /// A user with a weekly slot Tue 14:00 Europe/Berlin, reminder an hour before (due at
        /// <see cref="ReminderWorld.ReminderDue"/>), written straight to the database so no recurring job fires by itself.
        /// </summary>
        public async Task<string> UserWithSlotAsync()
        {
            using var scope = A.App.Services.CreateScope();
            var email = $"user-{Guid.NewGuid():N}@valuefirst.test";
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, AccountSession.Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await A.App.WithDbAsync(db =>
            {
                db.Add(new WeeklySlot { UserId = user.Id, Day = DayOfWeek.Tuesday, StartTime = new TimeOnly(14, 0) });
                db.Add(new UserSettings { UserId = user.Id, TimeZoneId = "Europe/Berlin" });
                return db.SaveChangesAsync();
            });
            return user.Id;
        }

        public Task<int> ContactsAsync(string ownerId, int count) => A.App.WithDbAsync(db =>
        {
            var faker = new Bogus.Faker("en");
            for (var i = 0; i < count; i++)
            {
                db.Add(new Contact { OwnerId = ownerId, Name = faker.Name.FullName(), Company = faker.Company.CompanyName() });
            }

            return db.SaveChangesAsync();
        });

        public Task<int> SessionCountAsync(string userId) =>
            A.App.WithDbAsync(db => db.Set<WeeklySession>().CountAsync(s => s.OwnerId == userId));

        public Task<List<ReminderRecord>> RemindersOfAsync(string userId) =>
            A.App.WithDbAsync(db => db.Set<ReminderRecord>().AsNoTracking().Include(r => r.Message).Where(r => r.UserId == userId).ToListAsync());

        public Task<int> OutboxCountAsync() => A.App.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync());

        public Task<DeliveryState> OutboxStateAsync(long id) =>
            A.App.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == id).Select(m => m.State).SingleAsync());

        /// <summary>Waits until every user's reminder email has left the outbox (sent, or given up).</summary>
        public Task WaitUntilSentAsync(IReadOnlyCollection<string> userIds) => WaitUntilAsync(
            () => A.App.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.UserId != null && userIds.Contains(m.UserId)
                && (m.State == DeliveryState.Pending || m.State == DeliveryState.Sending)).ContinueWith(t => !t.Result, TaskScheduler.Default)),
            "every reminder email has been sent");

        public Task<List<string>> EmailsOfAsync(IReadOnlyCollection<string> userIds) =>
            A.App.WithDbAsync(db => db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.Email!).ToListAsync());

        public Task<List<OccurrenceRun>> OccurrencesAsync() => A.App.WithDbAsync(db => db.Database
            .SqlQueryRaw<OccurrenceRun>("SELECT recurring_job AS \"RecurringJob\", occurrence AS \"Occurrence\", job_id AS \"JobId\", host AS \"Host\" FROM test_occurrences")
            .ToListAsync());

        /// <summary>Waits until every job has finished its attempt, asserts each succeeded, and returns their return values.</summary>
        public async Task<IReadOnlyList<T>> WaitForResultsAsync<T>(IReadOnlyList<string> jobIds)
        {
            using var connection = A.App.Services.GetRequiredService<JobStorage>().GetConnection();
            await WaitUntilAsync(
                () => Task.FromResult(jobIds.All(id => FinalStates.Contains(connection.GetStateData(id)?.Name))),
                $"jobs {string.Join(", ", jobIds)} have finished");
            return jobIds.Select(id =>
            {
                var state = connection.GetStateData(id);
                Assert.True(state.Name == SucceededState.StateName, $"Job {id} ended {state.Name}: {state.Reason} {string.Join("; ", state.Data.Select(d => $"{d.Key}={d.Value}"))}");
                return SerializationHelper.Deserialize<T>(state.Data["Result"], SerializationOption.User);
            }).ToList();
        }

        public void Dispose()
        {
            A.App.Dispose();
            B.App.Dispose();
        }
    }
}
