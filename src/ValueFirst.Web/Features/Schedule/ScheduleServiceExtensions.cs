namespace ValueFirst.Web.Features.Schedule;

public static class ScheduleServiceExtensions
{
    /// <summary>The weekly slot, the user's time zone and the user clock every feature reads "today" from.</summary>
    public static IServiceCollection AddSchedule(this IServiceCollection services)
    {
        services.AddScoped<WeeklySlotStore>();
        services.AddScoped<WeeklySlotChanges>();
        services.AddScoped<RequestZones>();
        services.AddScoped<UserClock>();
        return services;
    }

    /// <summary>
    /// Hangs a recurring job off the weekly slot: the scheduler (a singleton) hears every slot change and is
    /// registered for all users from the database at start-up (with the catch-up of missed runs).
    /// </summary>
    public static IServiceCollection AddSlotJob<TScheduler>(this IServiceCollection services)
        where TScheduler : SlotJobScheduler
    {
        services.AddSingleton<TScheduler>();
        services.AddSingleton<SlotJobScheduler>(sp => sp.GetRequiredService<TScheduler>());
        services.AddScoped<IWeeklySlotListener>(sp => sp.GetRequiredService<TScheduler>());
        services.AddHostedService<SlotJobsStartup>();
        return services;
    }
}
