namespace ValueFirst.Web.Features.Reminders;

/// <summary>Registers the reminder jobs from the database when the app starts (after the migration has run).</summary>
internal sealed class ReminderStartup(ReminderScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => scheduler.RegisterAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
