using Hangfire;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Email.Outbox;

/// <summary>Registers the outbox sweep (every minute) when the app starts; every server registers the same entry.</summary>
internal sealed class OutboxSweepRegistration(IRecurringJobManager recurringJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<OutboxJob>(OutboxJob.SweepJobId, job => job.SweepAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
