using System.Net;
using System.Net.Sockets;
using Bogus;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Jobs;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>
/// The real app with a fake clock and a recording job client, plus builders for users, slots, contacts and gives.
/// The clock starts at Tue 24 March 2026 12:30 UTC (13:30 in Berlin): the reminder for a Tue 14:00 Berlin slot is due.
/// </summary>
internal sealed class ReminderWorld : IDisposable
{
    public static readonly DateTimeOffset ReminderDue = new(2026, 3, 24, 12, 30, 0, TimeSpan.Zero);

    private static readonly Faker Faker = new("en");

    /// <param name="now">Where the fake clock starts; <see cref="ReminderDue"/> when null.</param>
    /// <param name="services">More registrations for the app, after the clock and the job client.</param>
    public ReminderWorld(int? smtpPort = null, SmtpSecurityMode security = SmtpSecurityMode.None, IReadOnlyDictionary<string, string?>? more = null,
        DateTimeOffset? now = null, Action<IServiceCollection>? services = null)
    {
        Start = now ?? ReminderDue;
        Clock = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?> { ["Reminders:AppUrl"] = "https://valuefirst.test", ["Smtp:FromAddress"] = "reminders@valuefirst.test" };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        if (smtpPort is { } port)
        {
            settings["Smtp:Host"] = "127.0.0.1";
            settings["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Smtp:Security"] = security.ToString();
            settings["Smtp:TimeoutSeconds"] = "10";
        }

        App = new TestApp(settings: settings, services: registrations =>
        {
            registrations.AddSingleton<TimeProvider>(Clock);
            registrations.AddSingleton<IBackgroundJobClient>(Jobs);
            services?.Invoke(registrations);
        });
        _ = App.Services; // start the host (migrations, start-up registration)
        // The test runs the outbox's jobs itself, on the fake clock; the recurring sweep would run them on the real one.
        App.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(OutboxJob.SweepJobId);
    }

    public enum SmtpSecurityMode
    {
        None,
        SslOnConnect,
    }

    private int deliveryJobsRun;

    public FakeTimeProvider Clock { get; }

    /// <summary>Where the clock started: the reminder of the Tue 14:00 Berlin slot is due.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>
    /// The latest moment before the real now at which the reminder of a Tue 14:00 Berlin slot is due (13:30 in Berlin).
    /// For links that must open: the data protector checks a link's expiry against the wall clock as well.
    /// </summary>
    public static DateTimeOffset RecentReminderDue()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, berlin).DateTime);
        for (var day = today; ; day = day.AddDays(-1))
        {
            var local = day.ToDateTime(new TimeOnly(13, 30));
            var due = new DateTimeOffset(local, berlin.GetUtcOffset(local));
            if (day.DayOfWeek == DayOfWeek.Tuesday && due <= DateTimeOffset.UtcNow)
            {
                return due;
            }
        }
    }

    public RecordingJobClient Jobs { get; } = new();

    public TestApp App { get; }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task<string> UserAsync(string? email = null)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        email ??= Faker.Internet.Email(uniqueSuffix: Guid.NewGuid().ToString("N")[..6]);
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, AccountSession.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    /// <summary>Tue 14:00 Europe/Berlin, reminder 60 minutes before, saved through the service (so the job is registered).</summary>
    public async Task<UserSlot> SlotAsync(string userId, DayOfWeek day = DayOfWeek.Tuesday, int hour = 14, string zone = "Europe/Berlin")
    {
        using var scope = App.Services.CreateScope();
        var slots = scope.ServiceProvider.GetRequiredService<WeeklySlotStore>();
        return await slots.SaveScheduleAsync(userId, new WeeklySlotForm { Day = day, StartTime = new TimeOnly(hour, 0), TimeZoneId = zone });
    }

    public async Task<UserSlot> ReminderSettingsAsync(string userId, bool enabled, int leadMinutes = 60)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklySlotStore>().SaveReminderAsync(userId, enabled, leadMinutes);
    }

    /// <param name="lastGiveDaysAgo">How long before the reminder is due the latest give was; earlier ones are 10 days apart.</param>
    public Task<int> ContactAsync(string ownerId, string name, int gives = 0, ConnectionState state = ConnectionState.Connected, int lastGiveDaysAgo = 10) =>
        App.WithDbAsync(async db =>
        {
            var contact = new Contact
            {
                OwnerId = ownerId,
                Name = name,
                State = state,
                Company = Faker.Company.CompanyName(),
                CreatedUtc = Clock.GetUtcNow().UtcDateTime.AddDays(-400),
            };
            db.Add(contact);
            await db.SaveChangesAsync();
            for (var i = 0; i < gives; i++)
            {
                db.Add(new Interaction
                {
                    OwnerId = ownerId,
                    ContactId = contact.Id,
                    OccurredUtc = Start.UtcDateTime.AddDays(-lastGiveDaysAgo - 10 * i),
                    Direction = InteractionDirection.Give,
                    Type = InteractionType.SharedTheirPost,
                    Channel = InteractionChannel.LinkedIn,
                });
            }

            await db.SaveChangesAsync();
            return contact.Id;
        });

    /// <summary>Runs the reminder job as Hangfire would: a fresh scope per run; exceptions propagate like a failed attempt.</summary>
    public async Task<ReminderOutcome> RunJobAsync(string userId)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(userId, CancellationToken.None);
    }

    /// <summary>Runs each outbox delivery job queued since the last call, once, in a fresh scope as Hangfire would.</summary>
    public async Task<List<DeliveryOutcome>> RunDeliveryJobsAsync()
    {
        var outcomes = new List<DeliveryOutcome>();
        var jobs = Jobs.Jobs;
        for (; deliveryJobsRun < jobs.Count; deliveryJobsRun++)
        {
            var job = jobs[deliveryJobsRun];
            if (job.Type == typeof(OutboxJob) && job.Method.Name == nameof(OutboxJob.DeliverAsync))
            {
                using var scope = App.Services.CreateScope();
                outcomes.Add(await scope.ServiceProvider.GetRequiredService<OutboxJob>().DeliverAsync((long)job.Args[0], CancellationToken.None));
            }
        }

        return outcomes;
    }

    /// <summary>One run of the recurring outbox sweep.</summary>
    public async Task<int> SweepAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxJob>().SweepAsync(CancellationToken.None);
    }

    public Task<List<ReminderRecord>> RecordsAsync(string userId) =>
        App.WithDbAsync(db => db.Set<ReminderRecord>().AsNoTracking().Include(r => r.Message).Where(r => r.UserId == userId).ToListAsync());

    public Task<List<OutboxMessage>> OutboxAsync() =>
        App.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public Task<string> EmailOfAsync(string userId) =>
        App.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Id == userId)).Email!);

    public void Dispose() => App.Dispose();
}
