using Microsoft.EntityFrameworkCore.Diagnostics;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>Registers the give/ask ledger: its one writer and the totals kept with every write, reads, settings and export.</summary>
public static class LedgerServiceExtensions
{
    public static IServiceCollection AddLedger(this IServiceCollection services)
    {
        // Every DbContext the app creates recounts the totals of the contacts a save touched, in the same transaction.
        services.AddSingleton<IInterceptor>(sp => new LedgerTotalsInterceptor(sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IDatabaseStartupTask, LedgerTotalsBackfill>();
        services.AddScoped<InteractionRecorder>();
        services.AddScoped<LedgerViews>();
        services.AddScoped<LedgerRankings>();
        services.AddScoped<LedgerActivity>();
        services.AddScoped<LedgerSettingsStore>();
        services.AddScoped<LedgerExport>();
        services.AddScoped<LedgerRecounter>();
        services.AddScoped<LedgerRecountJob>();
        services.AddScoped<IWeeklySlotListener, LedgerZoneListener>();
        services.AddScoped<MessageRecorder>();
        services.AddScoped<SuggestionPauses>();
        services.AddScoped<Contacts.IContactMergeListener, LedgerMergeListener>();
        services.AddScoped<Contacts.IContactMergeListener, SuggestionPauseMergeListener>();
        services.AddScoped<Contacts.IContactsAddedListener, LedgerContactsAddedListener>();
        return services;
    }
}
