using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Reminders;

public static class ReminderServiceExtensions
{
    /// <summary>The weekly reminder email: inputs, digest message, once-per-week dispatch, its Hangfire job and start-up registration.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ReminderGatherer>();
        services.AddScoped<ReminderDispatcher>();
        services.AddSingleton<EmailActionTokens>();
        services.AddScoped<EmailActions>();
        services.AddScoped<Contacts.IContactMergeListener, EmailActionMergeListener>();
        services.AddScoped<ReminderSettingsService>();
        services.AddScoped<ReminderJob>();
        services.AddSlotJob<ReminderScheduler>();
        return services;
    }
}
