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
}
