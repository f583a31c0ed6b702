namespace ValueFirst.Web.Features.Contacts;

/// <summary>Registers the contacts feature: services and its two settings sections.</summary>
public static class ContactsServiceExtensions
{
    public static IServiceCollection AddContacts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContactsOptions>()
            .Bind(configuration.GetSection(ContactsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<VettingOptions>()
            .Bind(configuration.GetSection(VettingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<IdealClientProfileService>();
        services.AddScoped<InvitationVetting>();
        services.AddScoped<ContactBook>();
        services.AddScoped<ContactImportService>();
        services.AddScoped<ConversationArchive>();
        services.AddScoped<ImportHistory>();
        services.AddScoped<ContactMerger>();
        services.AddScoped<ContactCards>();
        return services;
    }
}
