using ValueFirst.Web.Features.Schedule;
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
        services.AddScoped<SessionPlanner>();
        services.AddScoped<SessionRecords>();
        services.AddScoped<SessionChecklist>();
        services.AddScoped<SessionStopwatch>();
        services.AddScoped<Contacts.IContactMergeListener, SessionMergeListener>();
        services.AddScoped<Ledger.ISuggestedGiveListener, SessionGiveListener>();
        services.AddScoped<WeeklySessionJob>();
        services.AddSlotJob<SessionScheduler>();
        return services;
    }
}
