using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Content;

/// <summary>Registers the content calendar: each user's watched drafts, editing, per-user settings, planning and the feed.</summary>
public static class ContentServiceExtensions
{
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidation>();
        services.AddSingleton<ContentLibrary>();
        services.AddSingleton<DraftStore>();
        services.AddScoped<UserFolders>();
        services.AddScoped<ContentSettingsService>();
        services.AddScoped<ContentCalendar>();
        return services;
    }

    /// <summary>Maps <c>GET /calendar/{token}.ics</c>: anonymous (calendar apps cannot sign in), guarded by the secret token.</summary>
    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", async (string token, HttpContext http, ContentSettingsService settings, ContentCalendar calendar, WeeklySlotStore slots) =>
            {
                var owner = await settings.FindByFeedTokenAsync(token);
                if (owner is null)
                {
                    // A bare 404: the status page would render app chrome, which says more than "no such feed".
                    http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                    return Results.NotFound();
                }

                var plan = await calendar.BuildAsync(owner.UserId);
                var slot = await slots.GetAsync(owner.UserId);
                http.Response.Headers.CacheControl = "private, no-cache";
                return Results.Text(CalendarFeed.Build(plan.Snapshot, plan.Plan, slot), "text/calendar; charset=utf-8");
            })
            .AllowAnonymous()
            .WithName("ContentCalendarFeed");
        return endpoints;
    }
}
