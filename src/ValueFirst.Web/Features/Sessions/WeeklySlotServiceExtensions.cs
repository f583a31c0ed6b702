namespace ValueFirst.Web.Features.Sessions;

public static class WeeklySlotServiceExtensions
{
    /// <summary>The weekly slot (issue 6's schedule part); the session feature adds its own services beside it.</summary>
    public static IServiceCollection AddWeeklySlot(this IServiceCollection services)
    {
        services.AddScoped<WeeklySlotService>();
        services.AddScoped<WeeklySlotChanges>();
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
