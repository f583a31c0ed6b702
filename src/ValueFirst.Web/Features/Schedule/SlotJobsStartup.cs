namespace ValueFirst.Web.Features.Schedule;

/// <summary>Registers every slot job (reminder, session) from the database when the app starts, after the migration.</summary>
internal sealed class SlotJobsStartup(IEnumerable<SlotJobScheduler> schedulers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var scheduler in schedulers)
        {
            await scheduler.RegisterAllAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
