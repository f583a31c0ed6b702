using Microsoft.EntityFrameworkCore.Diagnostics;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Email;

public static class EmailServiceExtensions
{
    /// <summary>
    /// SMTP settings (validated at start, errors name the key), the MailKit sender, and the outbox every email goes
    /// through: recorded with the event that causes it, queued after its commit, sent and retried per message.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IMailSender, MailKitMailSender>();
        services.AddSingleton<MessageComposer>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<OutboxJob>();
        services.AddHostedService<OutboxSweepRegistration>();
        return services;
    }
}
