namespace ValueFirst.Web.Features.Imports;

/// <summary>Registers the import of LinkedIn's export and of vCard files, which writes through the contact book and the content history.</summary>
public static class ImportsServiceExtensions
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddScoped<ExportImporter>();
        return services;
    }
}
