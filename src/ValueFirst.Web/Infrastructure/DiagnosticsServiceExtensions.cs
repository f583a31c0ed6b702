namespace ValueFirst.Web.Infrastructure;

public static class DiagnosticsServiceExtensions
{
    /// <summary>The opt-in memory log (<see cref="MemoryDiagnostics"/>); off unless <c>Diagnostics:MemoryLogSeconds</c> is set.</summary>
    public static IServiceCollection AddDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MemoryDiagnosticsOptions>()
            .Bind(configuration.GetSection(MemoryDiagnosticsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<MemoryDiagnostics>();
        return services;
    }
}
