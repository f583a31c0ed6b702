namespace ValueFirst.Web.Features.Relationships;

/// <summary>Registers the relationship path: settings, the review, the pipeline, the year at a glance and the hour's inputs.</summary>
public static class RelationshipsServiceExtensions
{
    public static IServiceCollection AddRelationships(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>()
            .Bind(configuration.GetSection(ReviewOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<RelationshipSettingsStore>();
        services.AddScoped<RelationshipReviews>();
        services.AddScoped<RelationshipPipeline>();
        services.AddScoped<RelationshipPath>();
        services.AddScoped<PathInputsReader>();
        services.AddScoped<YearAtAGlanceReader>();
        return services;
    }
}
