namespace ValueFirst.Web.Features.Ledger;

/// <summary>Registers the give/ask ledger: queries, logging, settings and export.</summary>
public static class LedgerServiceExtensions
{
    public static IServiceCollection AddLedger(this IServiceCollection services)
    {
        services.AddScoped<LedgerQuery>();
        services.AddScoped<GiveFirstQuery>();
        services.AddScoped<InteractionLog>();
        services.AddScoped<LedgerSettingsStore>();
        services.AddScoped<LedgerExport>();
        return services;
    }
}
