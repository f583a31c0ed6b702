using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Sessions;

public static class SessionServiceExtensions
{
    /// <summary>The weekly connecting hour: building sessions (job, catch-up, "Start now"), the checklist and its settings.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionOptions>()
            .Bind(configuration.GetSection(SessionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<WeeklySessions>();
        services.AddScoped<SessionChecklist>();
        services.AddScoped<WeeklySessionJob>();
        services.AddSlotJob<SessionScheduler>();
        return services;
    }
}
