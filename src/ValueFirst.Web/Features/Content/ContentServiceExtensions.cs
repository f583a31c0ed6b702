using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Content;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;

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
        services.AddSingleton<CalendarFeedCache>();
        services.AddScoped<UserFolders>();
        services.AddScoped<ContentSettingsService>();
        services.AddScoped<ContentCalendar>();
        services.AddScoped<PublishedPosts>();
        return services;
    }

    /// <summary>
    /// The editor sends the draft's text to the server as it is typed (for the live preview), so the circuit must accept
    /// a message as large as a draft may be, not SignalR's default 32 KB, past which it drops the connection. Twice
    /// <c>ValueFirst:MaxDraftBytes</c>: the text travels as JSON, where quotes and line breaks take two bytes.
    /// </summary>
    public static IServerSideBlazorBuilder AcceptDraftSizedMessages(this IServerSideBlazorBuilder blazor, IConfiguration configuration) =>
        // Read when the hub's options are built, so settings a host adds after Program's composition still count.
        blazor.AddHubOptions(hub =>
        {
            var maxDraftBytes = configuration.GetSection(ValueFirstOptions.Section)
                .GetValue(nameof(ValueFirstOptions.MaxDraftBytes), ContentFolder.DefaultMaxDraftBytes);
            var needed = (2 * maxDraftBytes) + (64 * 1024);
            // null means no limit: leave it so.
            if (hub.MaximumReceiveMessageSize is { } current && current < needed)
            {
                hub.MaximumReceiveMessageSize = needed;
            }
        });

    /// <summary>Maps <c>GET /calendar/{token}.ics</c>: anonymous (calendar apps cannot sign in), guarded by the secret token.</summary>
    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", async (string token, HttpContext http, ContentSettingsService settings, ContentCalendar calendar, WeeklySlotStore slots, CalendarFeedCache feeds) =>
            {
                var owner = await settings.FindByFeedTokenAsync(token);
                if (owner is null)
                {
                    // A bare 404: the status page would render app chrome, which says more than "no such feed".
                    http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                    return Results.NotFound();
                }

                var plan = await calendar.BuildAsync(owner);
                var slot = await slots.GetAsync(owner.UserId);
                http.Response.Headers.CacheControl = "private, no-cache";
                return Results.Text(feeds.Build(plan.Snapshot, plan.Plan, slot), "text/calendar; charset=utf-8");
            })
            .AllowAnonymous()
            .WithName("ContentCalendarFeed");
        return endpoints;
    }
}
