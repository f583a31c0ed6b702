using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

public sealed class DraftLimitTests : IDisposable
{
    private readonly TestApp app = new(settings: new Dictionary<string, string?> { ["ValueFirst:MaxDraftBytes"] = "4096" });

    [Fact]
    public async Task Draft_over_MaxDraftBytes_is_listed_as_a_problem_and_its_preview_shows_the_problem_not_the_text()
    {
        ContentFiles.Write(app.ContentFolder, "big.md", ContentFiles.Draft("title: Big") + new string('x', 8000) + " SECRET-BODY\n");
        ContentFiles.Write(app.ContentFolder, "small.md", ContentFiles.Draft("title: Small"));
        var client = await AccountSession.RegisterAndSignInAsync(app, "limit@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "limit@example.com");

        var response = await client.GetAsync("/calendar/draft?path=big.md");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(["small.md"], (await app.Services.GetRequiredService<ContentLibrary>().SnapshotAsync(user)).Items.Select(i => i.Path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ValueFirst:MaxDraftBytes", html);
        Assert.DoesNotContain("SECRET-BODY", html);
    }

    [Fact]
    public void MaxDraftBytes_out_of_range_stops_the_app_naming_the_key()
    {
        using var bad = new TestApp(settings: new Dictionary<string, string?> { ["ValueFirst:MaxDraftBytes"] = "10" });

        var error = Assert.ThrowsAny<Exception>(() => bad.Services);

        Assert.Contains("ValueFirst:MaxDraftBytes", error.ToString());
    }

    [Fact]
    public void The_circuit_accepts_a_message_big_enough_for_a_whole_draft_typed_in_the_editor()
    {
        // Blazor's hub type is internal; its options are what the circuit enforces on each message from the browser.
        var componentHub = typeof(IServerSideBlazorBuilder).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var options = app.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(componentHub)));
        var hub = (HubOptions)options.GetType().GetProperty(nameof(IOptions<HubOptions>.Value))!.GetValue(options)!;

        // Twice 4,096 bytes (JSON escapes) and 64 KB for the rest of the message: above SignalR's default 32 KB.
        Assert.Equal((2 * 4096) + (64 * 1024), hub.MaximumReceiveMessageSize);
    }

    public void Dispose() => app.Dispose();
}
