namespace ValueFirst.Web.Email;

public static class EmailServiceExtensions
{
    /// <summary>SMTP settings (validated at start, errors name the key) and the MailKit sender.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IMailSender, MailKitMailSender>();
        services.AddSingleton<MessageComposer>();
        return services;
    }
}
